import { relativeChange } from '../../data/derive.js';
import { shownChange, type Formatter } from '../../format/format.js';

/**
 * What every sentence about one change needs, whatever the language. Sizes are magnitudes, so a
 * deficit that grows goes up (`up` 1) whatever its sign; `flip` is a balance crossing zero;
 * `times` is 3 or 2 for "more than tripled/doubled", from the ratio; `pct` is the signed percent
 * change of the magnitude; `amt` the size of the change. The direction and the amount come from
 * the figures as shown (at the tenth of a billion): a reader who subtracts the two figures finds
 * the change written, and two figures that show the same are unchanged, never "grew". Percents
 * and ratios come from the unrounded values, as the chart's note says.
 */
export function change(a: number, b: number, f: Formatter, money = f.money) {
  const [x, y] = [Math.abs(a), Math.abs(b)];
  const r = relativeChange(x, y);
  const k = x ? y / x : 0;
  const amt = shownChange(x, y);
  return {
    flip: a < 0 !== b < 0,
    up: Math.sign(amt),
    times: k >= 3 ? 3 : k >= 2 ? 2 : 0,
    pct: r === undefined ? '' : f.percent(r),
    amt: money(Math.abs(amt)),
  };
}

/** "+2.8%" -> "2.8%": the verb carries the direction. */
export const unsigned = (s: string) => s.replace(/^[+\u2212]/, '');
