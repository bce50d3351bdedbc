import { html, type TemplateResult } from 'lit';
import type { FocusStop } from './view-model.js';

/** Where the tooltip goes: inside the chart, flipped to the left of its anchor past the middle. */
export function tooltipPosition(stop: FocusStop, widthPx: number): { left: string; right: string; top: string } {
  const flip = stop.x > widthPx / 2;
  return {
    left: flip ? '' : `${Math.max(0, stop.x + 12)}px`,
    right: flip ? `${Math.max(0, widthPx - stop.x + 12)}px` : '',
    top: `${Math.max(0, stop.y - 10)}px`,
  };
}

/**
 * The tooltip of a stop, its focused mark's row marked current. Its position is applied through
 * the CSSOM after rendering: a strict style-src policy blocks style attributes, and Lit's
 * styleMap writes one on first render.
 */
export function tooltip(stop: FocusStop, part: number | undefined): TemplateResult {
  const current = part !== undefined ? stop.parts?.[part]?.row : undefined;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    <strong>${stop.heading}</strong>
    ${stop.rows.map(
      (r, i) =>
        html`<div class="tooltip-row ${current === i ? 'current' : ''}" data-series=${r.series ?? ''}>
          <span>${r.label}</span><span>${r.value}</span>
        </div>`,
    )}
  </div>`;
}
