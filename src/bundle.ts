// Entry of the script-tag bundles (dist/korus-charts.js, .iife.js): defines every tag and puts
// the API of `korus-charts/api` on the `KorusCharts` global, except the data-file readers
// (parseTable, validateTable, validateInputs). Those live in dist/data-reader.js, which the
// bundles load only for a page that supplies its own data; npm users import them from
// `korus-charts/api`.
import './define.js';
export {
  KorusChartBase,
  KorusGoodsBalance,
  layoutGoodsBalance,
  KorusExportPromise,
  layoutExportPromise,
  KorusBeforeAfter,
  layoutBeforeAfter,
  censusLatest,
  censusSeries,
  cpiFor,
  fact,
  DataError,
  formatterFor,
} from './index.js';
