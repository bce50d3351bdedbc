import { css } from 'lit';

// Comments stay out of the css`` text (they would ship in the bundle):
// - Rows stack, so the plot needs less height than a time series; a page can still set it.
// - --_c is the row's colour: its metric, or deficit/surplus by the dot's sign.
// - The first year is a ring, the second a filled dot with the arrow's head: shape, not colour alone.
// - A halo keeps value labels legible where they cross a gridline or the zero line; headings sit
//   between gridline stretches and need none.
export const beforeAfterStyles = css`
  .plot { height: var(--korus-plot-height, clamp(250px, 24cqi, 290px)); }
  .key { --_c: var(--_text); }
  .exports { --_c: var(--_exports); }
  .imports { --_c: var(--_imports); }
  .deficit { --_c: var(--_deficit); }
  .surplus { --_c: var(--_surplus); }
  .dot.before { fill: var(--_bg); stroke: var(--_c); stroke-width: 2; }
  .dot.after { fill: var(--_c); }
  .arrow { fill: none; stroke: var(--_c); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
  .name { fill: var(--_c); font-weight: 600; }
  .value { paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; stroke-linejoin: round; }
  .x-axis path { fill: none; }
`;
