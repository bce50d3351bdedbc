import { css } from 'lit';

/*
 * The exports line, dots, direct labels and the crosshair come from line-styles.ts (the element
 * includes them), so exports look the same as in the goods-balance chart. Shortfalls and excesses borrow the
 * deficit and surplus colours and are also told apart by direction (below or above the target).
 * The band is a pale Okabe–Ito yellow behind everything, named by a label in text colour.
 */
export const exportPromiseStyles = css`
  :host {
    --_target: var(--korus-color-target, var(--_text));
    --_band: var(--korus-color-band, #f3e68c);
    --_shortfall: var(--korus-color-shortfall, var(--_deficit));
    --_excess: var(--korus-color-excess, var(--_surplus));
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_band: var(--korus-color-band, #5c5726);
    }
  }
  :host([theme='dark']) {
    --_band: var(--korus-color-band, #5c5726);
  }
  @media (forced-colors: active) {
    :host {
      --_band: GrayText;
    }
  }
  .band-area {
    fill: var(--_band);
  }
  .target-line {
    stroke: var(--_target);
    stroke-width: 2;
  }
  .gap {
    stroke: var(--_excess);
    stroke-width: 2;
  }
  .gap.shortfall {
    stroke: var(--_shortfall);
  }
  .gap.active {
    stroke-width: 4;
  }
  .series-label.target {
    fill: var(--_target);
  }
  .series-label.band {
    fill: var(--_muted);
  }
  /* The latest 12 months: hollow, so it never reads as one more calendar year's dot. */
  .latest-dot {
    fill: var(--_bg);
    stroke: var(--_exports);
    stroke-width: 2;
  }
  .series-label.latest {
    fill: var(--_exports);
  }
`;
