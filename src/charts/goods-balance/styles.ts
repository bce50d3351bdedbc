import { css } from 'lit';

/** Imports, the balance bars and their labels; the exports line comes from line-styles.ts. */
export const goodsBalanceStyles = css`
  /* Dashed: imports are told from exports by line style and marker shape, not colour alone. */
  .imports-line {
    fill: none;
    stroke: var(--_imports);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-dasharray: 6 3;
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
  .series-label.imports {
    fill: var(--_imports);
  }
  .series-label.balance {
    fill: var(--_deficit);
  }
`;
