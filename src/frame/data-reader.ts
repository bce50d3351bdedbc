// The data reader: everything a chart needs only when a page supplies its own data through
// `src` or `data` (fetching `src` for the chart, CSV and JSON parsing, checks, and the messages for a refused file).
// Charts showing the embedded Census series never load it; the script-tag bundles load it from
// their own folder as dist/data-reader.js on first use (scripts/lazy-chunks.mjs), and in an
// app it is a dynamic import the app's bundler splits off.
export { validateInputs } from '../data/validate.js';
export { loadTradeYears } from './load.js';
export { fetchSrc } from './fetch-src.js';
export { DATA_ERROR_MESSAGES } from '../format/data-errors.js';
