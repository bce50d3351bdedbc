import { createApp } from 'vue';
import 'korus-charts'; // defines every korus-* tag
import App from './App.vue';

createApp(App).mount('#app');
