import 'korus-charts';
import 'korus-charts/goods-balance';
import 'korus-charts/export-promise';
import 'korus-charts/before-after';
import { KorusGoodsBalance, DataError } from 'korus-charts/api';

const chart: KorusGoodsBalance = document.createElement('korus-goods-balance');
chart.from = 2011;
chart.addEventListener('korus-error', (e) => console.log(e.detail.code, DataError.name));
