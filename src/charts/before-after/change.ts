import { relativeChange } from '../../data/derive.js';
import type { Formatter } from '../../format/format.js';

/**
 * What every sentence about one change needs, whatever the language. Sizes are magnitudes, so a
 * deficit that grows goes up (`up` 1) whatever its sign; `flip` is a balance crossing zero;
 * `times` is 3 or 2 for "more than tripled/doubled", from the ratio; `pct` is the signed percent
 * change of the magnitude; `amt` the size of the change.
 */
export function change(a: number, b: number, f: Formatter, money = f.money) {
  const [x, y] = [Math.abs(a), Math.abs(b)];
  const r = relativeChange(x, y);
  const k = x ? y / x : 0;
  return {
    flip: a < 0 !== b < 0,
    up: f.money(x) === f.money(y) ? 0 : y > x ? 1 : -1,
    times: k >= 3 ? 3 : k >= 2 ? 2 : 0,
    pct: r === undefined ? '' : f.percent(r),
    amt: money(Math.abs(y - x)),
  };
}

/** "+2.8%" -> "2.8%": the verb carries the direction. */
export const unsigned = (s: string) => s.replace(/^[+\u2212]/, '');
