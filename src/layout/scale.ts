import { nice as niceDomain, ticks as d3Ticks } from 'd3-array';

/**
 * A linear scale: d3-array supplies the math that matters (nice bounds, tick values); the
 * mapping itself is one line. d3-scale would do the same but pulls d3-interpolate, d3-color and
 * d3-format into the script-tag bundle (about 12 KB gzip that no chart here uses).
 */
export interface Linear {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  ticks(count: number): number[];
}

export function linear(domain: [number, number], range: [number, number], nice = 0): Linear {
  let [d0, d1] = domain;
  // A span below a millionth of a unit (a dollar, for millions of USD) is no span: d3's tick
  // steps underflow there and ask for arrays of absurd length.
  if (Math.abs(d1 - d0) < 1e-6) d1 = d0 + 1;
  if (nice > 0) [d0, d1] = niceDomain(d0, d1, nice);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * k)) as Linear;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => d3Ticks(d0, d1, count);
  return scale;
}

/** An SVG path through points; `null` entries break the line (a gap, never interpolated). */
export function polyline(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    pen = true;
  }
  return d;
}

/** Two decimals are plenty for screen pixels and keep paths short. */
export const round = (v: number): number => Math.round(v * 100) / 100;
