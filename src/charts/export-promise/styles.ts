import { css } from 'lit';

/*
 * Exports keep the frame's exports colour; shortfalls and excesses borrow deficit and surplus,
 * and are also told apart by direction (below or above the target line). The band is a pale
 * Okabe–Ito yellow behind everything, labelled in text colour, so it needs no contrast of its own.
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
  .band {
    fill: var(--_band);
  }
  .target {
    stroke: var(--_target);
    stroke-width: 2;
  }
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
  .gap {
    stroke-width: 2;
  }
  .gap.shortfall {
    stroke: var(--_shortfall);
  }
  .gap.excess {
    stroke: var(--_excess);
  }
  .gap.active {
    stroke-width: 4;
  }
  .label {
    font-weight: 600;
  }
  .exports-label {
    fill: var(--_exports);
  }
  .target-label {
    fill: var(--_target);
  }
  .band-label {
    fill: var(--_muted);
  }
  .halo {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .crosshair {
    stroke: var(--_muted);
    stroke-width: 1;
    pointer-events: none;
  }
`;
