// Public API: classes, types and data helpers. Defines no tags (see define.ts).
import './frame/events.js';
export type * from './jsx.js'; // React 19 JSX typings for every korus-* tag (types only)

export { KorusChartBase } from './frame/base-element.js';
export type { ChartContext, KorusErrorDetail, Layout } from './frame/base-element.js';
export type { ChartText, FocusStop, TableModel } from './frame/view-model.js';
export { KorusGoodsBalance } from './charts/goods-balance/element.js';
export { layoutGoodsBalance } from './charts/goods-balance/layout.js';
export type { GoodsBalanceModel, GoodsBalanceInput } from './charts/goods-balance/layout.js';
export { KorusExportPromise } from './charts/export-promise/element.js';
export { layoutExportPromise } from './charts/export-promise/layout.js';
export type { ExportPromiseModel, ExportPromiseInput } from './charts/export-promise/layout.js';
export { KorusBeforeAfter } from './charts/before-after/element.js';
export { layoutBeforeAfter } from './charts/before-after/layout.js';
export type {
  BeforeAfterModel,
  BeforeAfterInput,
  BeforeAfterRowInput,
  DumbbellRow,
  Metric,
} from './charts/before-after/layout.js';
export { censusLatest, censusSeries, cpiFor, fact } from './data/embedded.js';
export { DataError } from './data/errors.js';
export type { DataErrorCode } from './data/errors.js';
export { parseTable } from './data/parse.js';
export { validateInputs, validateTable } from './data/validate.js';
export type { EmbeddedLatest, TradeInput, TradeSeries, TradeYear } from './data/types.js';
export { formatterFor } from './format/format.js';
export type { Formatter } from './format/format.js';
export type { Locale } from './format/locale.js';
