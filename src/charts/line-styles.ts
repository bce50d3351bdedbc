import { css } from 'lit';

/**
 * The exports line, its dots, direct labels and the crosshair: the same in the goods-balance and
 * export-promise charts, so exports look alike in both.
 */
export const lineStyles = css`
  .exports-line {
    fill: none;
    stroke: var(--_exports);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .exports-dot {
    fill: var(--_exports);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .series-label {
    font-weight: 600;
  }
  .series-label.exports {
    fill: var(--_exports);
  }
  .crosshair {
    stroke: var(--_muted);
    stroke-width: 1;
    pointer-events: none;
  }
`;
