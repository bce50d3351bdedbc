import type { html as Html, TemplateResult } from 'lit';
import type { FocusStop } from './view-model.js';

const GAP = 12;

// The tooltip's styles travel with it (dist/interact.js): adopted into a chart's shadow root when
// its first tooltip is about to be drawn. `css` only names the template for the build's minifier.
const css = (s: TemplateStringsArray) => s[0];
const TOOLTIP_CSS = css`
  .tooltip {
    position: absolute;
    pointer-events: none;
    background: var(--_tooltip-bg);
    color: var(--_text);
    border: 1px solid var(--_grid);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
    padding: 6px 8px;
    font-size: 13px;
    font-variant-numeric: tabular-nums;
    /* Wraps rather than leave a narrow chart; a value never breaks. */
    max-width: 100%;
    box-sizing: border-box;
    z-index: 1;
  }
  .tooltip-row span:last-child {
    white-space: nowrap;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 2px;
  }
  .tooltip-row.current {
    font-weight: 700;
  }
  .tooltip-row {
    display: flex;
    gap: 12px;
    justify-content: space-between;
  }
`;
let sheet: CSSStyleSheet | undefined;

/** Adds the tooltip's styles to a chart's shadow root, once. */
export function adoptTooltipStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Puts a drawn tooltip inside the plot (`widthPx` × `heightPx`) and off the mark it describes:
 * beside its anchor (to the left past the middle, else to the right), on the other side when that
 * side has no room, and above or below the anchor when neither has, always clamped to the box.
 * It measures the tooltip as laid out (it wraps to the plot's width), so a long Korean label or a
 * 320 px chart cannot push it out. Applied through the CSSOM: a strict style-src policy blocks
 * style attributes, and Lit's styleMap writes one on first render.
 */
export function placeTooltip(tip: HTMLElement, stop: FocusStop, widthPx: number, heightPx: number): void {
  // Measured at the box's left edge, where it has the whole width to wrap in.
  Object.assign(tip.style, { left: '0px', top: '0px' });
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));
  const leftOf = stop.x - GAP - w;
  const rightOf = stop.x + GAP;
  const fitsLeft = leftOf >= 0;
  const fitsRight = rightOf + w <= widthPx;
  let left: number;
  let top: number;
  if (fitsLeft || fitsRight) {
    left = (stop.x > widthPx / 2 ? fitsLeft : !fitsRight) ? leftOf : rightOf;
    top = clamp(stop.y - 10, heightPx - h);
  } else {
    left = clamp(stop.x - w / 2, widthPx - w);
    top = stop.y - GAP - h >= 0 ? stop.y - GAP - h : clamp(stop.y + GAP, heightPx - h);
  }
  Object.assign(tip.style, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
}

/**
 * The tooltip of a stop, its focused mark's row marked current (placed by placeTooltip once drawn).
 * It takes the element's `html`, so dist/interact.js carries no second copy of Lit.
 */
export function tooltip(html: typeof Html, stop: FocusStop, part: number | undefined): TemplateResult {
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
