// korus-charts/render: the static renderer (Node or browser, no DOM needed).
export { CHARTS, chartAttributes, renderCSV, renderHTML, renderSVG, RenderError } from './render-svg.js';
export type { ChartName, RenderOptions } from './render-svg.js';
export { serialize } from './markup.js';
