import { mount } from 'svelte';
import 'korus-charts'; // defines every korus-* tag
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
