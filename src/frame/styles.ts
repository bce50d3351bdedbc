import { css } from 'lit';

/*
 * Colours start from Okabe–Ito and are darkened (light theme) or lightened (dark theme) until
 * every mark has at least 3:1 contrast against its background (WCAG 1.4.11). The dark theme is
 * picked for the dark background, not inverted.
 */
const light = css`
  --_bg: var(--korus-color-background, #ffffff);
  --_text: var(--korus-color-text, #1a1a1a);
  --_muted: var(--korus-color-muted, #595959);
  --_grid: var(--korus-color-grid, #e3e3e3);
  --_zero: var(--korus-color-zero, #4d4d4d);
  --_milestone: var(--korus-color-milestone, #6b6b6b);
  --_exports: var(--korus-color-exports, #0072b2);
  --_imports: var(--korus-color-imports, #c15400);
  --_deficit: var(--korus-color-deficit, #8e4585);
  --_surplus: var(--korus-color-surplus, #007f5f);
  --_focus: var(--korus-color-focus, #1a1a1a);
  --_tooltip-bg: var(--korus-color-tooltip-background, #ffffff);
  color-scheme: light;
`;
const dark = css`
  --_bg: var(--korus-color-background, #16181d);
  --_text: var(--korus-color-text, #f2f2f2);
  --_muted: var(--korus-color-muted, #b3b3b3);
  --_grid: var(--korus-color-grid, #33363d);
  --_zero: var(--korus-color-zero, #c8c8c8);
  --_milestone: var(--korus-color-milestone, #a6a6a6);
  --_exports: var(--korus-color-exports, #56b4e9);
  --_imports: var(--korus-color-imports, #f0884a);
  --_deficit: var(--korus-color-deficit, #d98cc0);
  --_surplus: var(--korus-color-surplus, #3cc29a);
  --_focus: var(--korus-color-focus, #f2f2f2);
  --_tooltip-bg: var(--korus-color-tooltip-background, #23262d);
  color-scheme: dark;
`;

export const frameStyles = css`
  :host {
    display: block;
    ${light}
    container-type: inline-size;
    font-family: var(
      --korus-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      'Noto Sans KR',
      sans-serif
    );
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.35;
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: var(--korus-padding, 12px 0);
    max-width: var(--korus-max-width, 1100px);
  }
  .title {
    font-size: var(--korus-title-size, 19px);
    font-weight: 700;
    margin: 0 0 4px;
    line-height: 1.25;
  }
  .subtitle {
    font-size: 14px;
    margin: 0 0 10px;
    color: var(--_muted);
  }
  .plot {
    position: relative;
    width: 100%;
    /* Short on phones, capped on wide screens so the chart does not just stretch. */
    height: var(--korus-plot-height, clamp(260px, 58cqi, 440px));
    outline: none;
    touch-action: pan-y;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  svg text {
    fill: var(--_text);
  }
  .tick text,
  .axis-label {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .zero {
    stroke: var(--_zero);
    stroke-width: 1.5;
    shape-rendering: crispEdges;
  }
  .milestone line {
    stroke: var(--_milestone);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .milestone text {
    fill: var(--_milestone);
    font-size: 12px;
  }
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
    white-space: nowrap;
    z-index: 1;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 2px;
  }
  .tooltip-row {
    display: flex;
    gap: 12px;
    justify-content: space-between;
  }
  .alert {
    border-left: 4px solid #b00020;
    background: color-mix(in srgb, #b00020 8%, var(--_bg));
    padding: 10px 12px;
    margin: 0 0 10px;
    font-size: 14px;
    overflow-wrap: anywhere;
  }
  .plot > .alert {
    margin: 0;
  }
  footer {
    font-size: 12px;
    color: var(--_muted);
    margin-top: 8px;
  }
  footer p {
    margin: 2px 0;
  }
  a {
    color: inherit;
  }
  button {
    font: inherit;
    font-size: 13px;
    margin-top: 6px;
    padding: 4px 10px;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 3px;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    font-size: 13px;
    font-variant-numeric: tabular-nums;
    margin-top: 8px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 3px 10px 3px 0;
    text-align: end;
    border-bottom: 1px solid var(--_grid);
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* Hidden from sight, still read by screen readers. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_exports: CanvasText;
      --_imports: CanvasText;
      --_deficit: Highlight;
      --_surplus: LinkText;
      --_grid: GrayText;
      --_zero: CanvasText;
      --_milestone: GrayText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_tooltip-bg: Canvas;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .plot {
      height: var(--korus-plot-height, 360px);
    }
    button {
      display: none;
    }
  }
`;

