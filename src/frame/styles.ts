import { css, unsafeCSS } from 'lit';
import { PALETTE, paletteDeclarations } from './palette.js';

// Palette values live in palette.ts (checked for contrast and colour-vision deficiencies).
const light = unsafeCSS(`${paletteDeclarations(PALETTE.light)}color-scheme:light;`);
const dark = unsafeCSS(`${paletteDeclarations(PALETTE.dark)}color-scheme:dark;`);

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
  /* Korean breaks between words (spaces), never inside one; a word too long for its line still wraps. */
  figure:lang(ko) {
    word-break: keep-all;
    overflow-wrap: break-word;
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
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    pointer-events: none;
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
  footer .alert {
    margin: 6px 0 0;
  }
  a {
    color: inherit;
  }
  button,
  summary {
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
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The Download menu (download-menu.ts) opens over what follows, so nothing moves. */
  summary {
    display: inline-block;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .downloads {
    display: inline-block;
    position: relative;
  }
  .download-list {
    position: absolute;
    inset-inline-start: 0;
    top: 100%;
    z-index: 2;
    display: flex;
    flex-direction: column;
    padding: 4px 0;
    background: var(--_tooltip-bg);
    border: 1px solid var(--_grid);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
  }
  .download-list button {
    margin: 0;
    border: 0;
    border-radius: 0;
    text-align: start;
    white-space: nowrap;
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
  /* Print: the whole chart at the page's width, vector-sharp, with its summary in words. */
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      break-inside: avoid;
    }
    figure {
      max-width: none;
    }
    .plot {
      height: var(--korus-plot-height, 360px);
    }
    .plot svg {
      width: 100%;
      height: 100%;
    }
    button,
    summary,
    .downloads,
    footer .alert,
    .tooltip {
      display: none;
    }
    #summary,
    .summary {
      position: static;
      width: auto;
      height: auto;
      margin: 8px 0 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      font-size: 13px;
    }
  }
`;
