import type { MeasureText } from './text.js';
import { fractionalYear } from './time.js';

/** Label placement every chart needs: milestone labels on rows, direct labels moved apart. */

export interface Milestone {
  id: string;
  /** ISO date: the rule stands at this exact day, not the year's centre. */
  date: string;
  label: string;
}

export interface MilestoneMark {
  id: string;
  x: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/**
 * Milestone labels above the plot from `top`: text runs right of the rule unless that would
 * leave the plot, and drops to a second row when it would touch the previous label (or the
 * first `reservePx` of the first row, kept for a unit label).
 */
export function placeMilestones(
  list: readonly Milestone[],
  x: (v: number) => number,
  domainStart: number,
  domainEnd: number,
  top: number,
  measure: MeasureText,
  fontPx = 12,
  rowPx = 16,
  reservePx = -Infinity,
  at = fractionalYear,
): MilestoneMark[] {
  const rangeRight = x(domainEnd);
  const marks: MilestoneMark[] = [];
  const rowEnds = [reservePx, -Infinity];
  for (const m of list) {
    const v = at(m.date);
    if (v < domainStart || v > domainEnd) continue;
    const mx = x(v);
    const w = measure(m.label, fontPx);
    // Right of the rule; else left of it; on a plot too narrow for either, as far right as fits.
    let start = mx + 4;
    if (start + w > rangeRight) start = mx - 4 - w >= 0 ? mx - 4 - w : Math.max(0, rangeRight - w);
    const row = start - 4 > rowEnds[0] + 6 ? 0 : 1;
    rowEnds[row] = Math.max(rowEnds[row], start + w);
    marks.push({ id: m.id, x: mx, label: m.label, labelX: start, labelY: top + 12 + row * rowPx, anchor: 'start' });
  }
  return marks;
}

/**
 * Moves labels apart vertically, keeping their order, so none are closer than `gap`; pushed
 * past `maxY`, they are moved back up together.
 */
export function spreadApart<T extends { y: number }>(items: readonly T[], gap: number, maxY = Infinity): T[] {
  const s = [...items].sort((a, b) => a.y - b.y).map((d) => ({ ...d }));
  for (let i = 1; i < s.length; i++) s[i].y = Math.max(s[i].y, s[i - 1].y + gap);
  for (let i = s.length - 1; i >= 0; i--) s[i].y = Math.min(s[i].y, i === s.length - 1 ? maxY : s[i + 1].y - gap);
  return s;
}

/** Breaks text at spaces into lines no wider than `maxPx` where it can (a long word keeps its own line). */
export function wrapText(text: string, maxPx: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && width(`${lines[last]} ${word}`) <= maxPx) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
