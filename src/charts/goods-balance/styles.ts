import { css } from 'lit';

export const goodsBalanceStyles = css`
  .exports-line,
  .imports-line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .exports-line {
    stroke: var(--_exports);
  }
  /* Dashed: imports are told from exports by line style and marker shape, not colour alone. */
  .imports-line {
    stroke: var(--_imports);
    stroke-dasharray: 6 3;
  }
  .exports-dot {
    fill: var(--_exports);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .imports-dot {
    fill: var(--_imports);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .bar.deficit,
  .swatch.deficit {
    fill: var(--_deficit);
  }
  .bar.surplus {
    fill: var(--_surplus);
  }
  .bar.active {
    stroke: var(--_focus);
    stroke-width: 1.5;
  }
  .series-label {
    font-weight: 600;
  }
  .series-label.exports {
    fill: var(--_exports);
  }
  .series-label.imports {
    fill: var(--_imports);
  }
  .series-label.balance {
    fill: var(--_deficit);
  }
  .crosshair {
    stroke: var(--_muted);
    stroke-width: 1;
    pointer-events: none;
  }
  .zero-grid {
    stroke: transparent;
  }
`;
