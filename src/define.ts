// Registers every tag: the entry for `import 'korus-charts/define'` and the script-tag bundles.
import './charts/goods-balance/define.js';
import './charts/export-promise/define.js';
import './charts/before-after/define.js';
export * from './index.js';
