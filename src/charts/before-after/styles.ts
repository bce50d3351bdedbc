import { css } from 'lit';

export const beforeAfterStyles = css`
  /* Rows stack, so the plot needs less height than a time series; a page can still set it. */
  .plot {
    height: var(--korus-plot-height, clamp(250px, 24cqi, 290px));
  }
  .key,
  .exports,
  .imports,
  .deficit,
  .surplus {
    --_c: var(--_text);
  }
  .exports {
    --_c: var(--_exports);
  }
  .imports {
    --_c: var(--_imports);
  }
  .deficit {
    --_c: var(--_deficit);
  }
  .surplus {
    --_c: var(--_surplus);
  }
  /* The first year is a ring, the second a filled dot with the arrow's head: shape, not colour. */
  .dot.before {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .dot.after {
    fill: var(--_c);
  }
  .arrow {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .name {
    fill: var(--_c);
    font-weight: 600;
  }
  /* A halo keeps values legible where they cross a gridline or the zero line (headings sit
     between gridline stretches, so they need none). */
  .value {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .x-axis path {
    fill: none;
  }
`;
