// Every Korean string of the frame and the charts: the script-tag bundles load this as
// dist/ko.js from their own folder the first time a chart is shown in Korean (localized.ts),
// so a page in English downloads no Hangul. An app's bundler splits it off the same way.
export { ko as frame } from './messages.ko.js';
export { ko as trade } from '../charts/trade-messages.ko.js';
export { ko as real } from '../charts/real-messages.ko.js';
export { ko as goodsBalance } from '../charts/goods-balance/messages.ko.js';
export { ko as exportPromise } from '../charts/export-promise/messages.ko.js';
export { ko as beforeAfter } from '../charts/before-after/messages.ko.js';
