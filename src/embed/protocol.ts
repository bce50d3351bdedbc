/**
 * The messages between dist/embed.html (in the iframe) and dist/embed-resize.js (on the parent
 * page). Namespaced, so a page's other frames and scripts ignore them.
 */
/** Iframe -> parent: `{ type, height }`, the page's content height in CSS pixels. */
export const HEIGHT_MESSAGE = 'korus-charts:height';
/** Parent -> iframe: asks for a height message now (the helper may load after the frame). */
export const MEASURE_MESSAGE = 'korus-charts:measure';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}
