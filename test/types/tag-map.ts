// HTMLElementTagNameMap and HTMLElementEventMap: DOM calls know every tag and event.
import 'korus-charts';
import type { KorusBeforeAfter, KorusExportPromise, KorusGoodsBalance } from 'korus-charts/api';

const balance: KorusGoodsBalance | null = document.querySelector('korus-goods-balance');
const promise: KorusExportPromise = document.createElement('korus-export-promise');
const beforeAfter: KorusBeforeAfter = document.createElement('korus-before-after');

if (balance) {
  balance.from = 2011;
  balance.data = [{ year: 2011, exports: 43461.6, imports: 56661.4 }];
  balance.theme = 'dark';
  // @ts-expect-error `from` is a year (a number) or a month ("2011-01")
  balance.from = true;
  // @ts-expect-error `theme` is "light" or "dark"
  balance.theme = 'blue';
}
promise.promise = 11;
beforeAfter.beforeYear = 2011;

promise.addEventListener('korus-error', (e) => {
  const code: string = e.detail.code;
  const message: string = e.detail.message;
  console.log(code, message);
  // @ts-expect-error korus-error's detail has code and message only
  console.log(e.detail.years);
});
beforeAfter.addEventListener('korus-load', (e) => {
  const years: number = e.detail.years;
  console.log(years);
});
