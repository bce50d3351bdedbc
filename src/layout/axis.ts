import type { Linear } from './scale.js';

export interface Tick {
  value: number;
  /** Position along the axis in px. */
  pos: number;
  label: string;
}

/**
 * Which years to label on a time axis so that labels never touch: every 1, 2, 5, 10 or 20 years,
 * always on round years; two-digit years ('12) when even four-digit ones at that step would crowd.
 */
export function yearTicks(
  from: number,
  to: number,
  pxPerYear: number,
  fullLabelPx: number,
  shortLabelPx: number,
): { years: number[]; short: boolean } {
  const steps = [1, 2, 5, 10, 20, 50];
  const stepFor = (labelPx: number) => steps.find((s) => s * pxPerYear >= labelPx + 8) ?? 100;
  // Four-digit years while they fit every five years or more often; then two-digit ones.
  const fullStep = stepFor(fullLabelPx);
  const short = fullStep > 5 && stepFor(shortLabelPx) < fullStep;
  const step = short ? stepFor(shortLabelPx) : fullStep;
  // The first and last years are always labelled (a reader looks for where the data start and
  // end); round years between them, every `step`, where they keep a label's width from both ends.
  const gap = (short ? shortLabelPx : fullLabelPx) + 8;
  const years = [from];
  for (let y = Math.ceil((from + 1) / step) * step; y < to; y += step)
    if ((y - from) * pxPerYear >= gap && (to - y) * pxPerYear >= gap) years.push(y);
  if (to > from) years.push(to);
  return { years, short };
}

/** Value ticks from d3's nice steps, about one per `spacingPx`, never fewer than 2. */
export function valueTicks(scale: Linear, lengthPx: number, format: (v: number) => string, spacingPx = 56): Tick[] {
  const count = Math.max(2, Math.floor(lengthPx / spacingPx));
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
}
