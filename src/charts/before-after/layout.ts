import type { Tick } from '../../layout/axis.js';
import { linear, round, type Linear } from '../../layout/scale.js';
import { estimateTextWidth, type MeasureText } from '../../layout/text.js';

/*
 * Why a dumbbell: one row per metric, a hollow dot for the first year, a filled dot and an arrow
 * to the second, all on one horizontal dollar axis that holds zero. Rows stack, so the chart
 * keeps the same shape from 320 px to 1200 px: only the axis stretches, and every text runs
 * horizontally at full size (a slope chart needs a label at both ends of each line, and at 320 px
 * three metrics' labels crowd its two columns). A shared axis through zero puts a deficit to the
 * left of zero, where a reader sees it without decoding a sign, and keeps exports, imports and the
 * balance comparable in length. Value labels sit outside the pair (left of the lower value, right
 * of the higher), so they cannot collide however close the two years are; the axis reserves room
 * for them on both sides.
 */

export type Metric = 'exports' | 'imports' | 'balance';

export interface BeforeAfterRowInput {
  metric: Metric;
  beforeMusd: number;
  afterMusd: number;
  /** Bold start of the row heading: "Exports", "Deficit". */
  name: string;
  /** The rest of the heading: "fell $1.2B (−2.8%)". */
  change: string;
  beforeLabel: string;
  afterLabel: string;
}

export interface BeforeAfterInput {
  rows: readonly BeforeAfterRowInput[];
  widthPx: number;
  heightPx: number;
  /** Key above the rows: what the hollow and the filled dot stand for ("2011", "2016"). */
  beforeKey: string;
  afterKey: string;
  axisTick: (musd: number) => string;
  measure?: MeasureText;
}

/** A text placed by the layout; `y` is the text's middle (drawn with dy=0.32em); x0–x1 its extent. */
export interface TextMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  x0: number;
  x1: number;
  fontPx: number;
}

export type Tone = 'exports' | 'imports' | 'deficit' | 'surplus';

export interface DumbbellRow {
  metric: Metric;
  /** Colour of each dot: a balance dot is a deficit or a surplus by its own sign. */
  beforeTone: Tone;
  afterTone: Tone;
  /** The band a pointer selects the row in. */
  y0: number;
  y1: number;
  /** Centre line of the dots. */
  y: number;
  beforeX: number;
  afterX: number;
  beforeMusd: number;
  afterMusd: number;
  /** Shaft and head from the first year to the second; empty when the dots nearly touch. */
  arrow: string;
  name: TextMark;
  change: TextMark;
  beforeLabel: TextMark;
  afterLabel: TextMark;
}

export interface BeforeAfterModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: (Tick & { zero: boolean })[];
  /** Middle of the tick labels' line. */
  axisY: number;
  /** Vertical stretches the gridlines run along: below each heading, so no line crosses its text. */
  gridSpans: [number, number][];
  key: { y: number; beforeX: number; afterX: number; arrow: string; before: TextMark; after: TextMark };
  rows: DumbbellRow[];
}

export const FONT_PX = { heading: 13, value: 12, tick: 12 } as const;
export const DOT_R = 5;
const LINE_PX = 17;
const KEY_PX = 26;
const AXIS_PX = 24;
/** Text starts this far in: some engines' boxes for bold glyphs reach a pixel left of x. */
const INSET = 2;

/** Pure layout: numbers and strings in, numbers and strings out. No DOM, no Lit. */
export function layoutBeforeAfter(input: BeforeAfterInput): BeforeAfterModel {
  const measure = input.measure ?? estimateTextWidth;
  const width = Math.max(0, input.widthPx);
  const height = Math.max(0, input.heightPx);
  const mark = (
    text: string,
    x: number,
    y: number,
    anchor: 'start' | 'end',
    fontPx: number,
    bold = false,
  ): TextMark => {
    const w = measure(text, fontPx, bold);
    return { text, x, y, anchor, x0: anchor === 'start' ? x : x - w, x1: anchor === 'start' ? x + w : x, fontPx };
  };

  // Room for a value label outside each end of the axis, so a label never leaves the chart.
  const labelPx = Math.max(
    0,
    ...input.rows.flatMap((r) => [r.beforeLabel, r.afterLabel].map((t) => measure(t, FONT_PX.value))),
  );
  const pad = Math.ceil(labelPx) + DOT_R + 6;
  const left = Math.min(pad, width / 2);
  const right = Math.max(left, width - pad);
  const values = input.rows.flatMap((r) => [r.beforeMusd, r.afterMusd]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const { x, ticks } = axis([lo, hi === lo ? lo + 1 : hi], left, right, width, input.axisTick, measure);

  // The heading runs on one line when it fits the width, else the change drops to a second line.
  const gapPx = measure(' ', FONT_PX.heading);
  const lines = input.rows.map((r) =>
    INSET + measure(r.name, FONT_PX.heading, true) + gapPx + measure(r.change, FONT_PX.heading) <= width ? 1 : 2,
  );
  const need = (n: number) => 8 + (n - 1) * LINE_PX + 22 + DOT_R + 6;
  const spare = height - KEY_PX - AXIS_PX - lines.reduce((s, n) => s + need(n), 0);
  // Extra height goes between rows, up to a point: past it, whitespace would only pull them apart.
  const gap = Math.max(6, Math.min(28, spare / Math.max(1, input.rows.length)));

  let top = KEY_PX;
  const rows = input.rows.map((r, i): DumbbellRow => {
    const y0 = top;
    const nameMark = mark(r.name, INSET, y0 + gap / 2 + 8, 'start', FONT_PX.heading, true);
    const change =
      lines[i] === 1
        ? mark(r.change, nameMark.x1 + gapPx, nameMark.y, 'start', FONT_PX.heading)
        : mark(r.change, INSET, nameMark.y + LINE_PX, 'start', FONT_PX.heading);
    const y = change.y + 22;
    top = y + DOT_R + 6 + gap / 2;
    const bx = x(r.beforeMusd);
    const ax = x(r.afterMusd);
    // The lower value's label goes left, the higher one's right: opposite directions never meet.
    const beforeLeft = bx <= ax;
    const [lx, rx] = beforeLeft ? [bx, ax] : [ax, bx];
    const lLabel = mark(beforeLeft ? r.beforeLabel : r.afterLabel, lx - DOT_R - 4, y, 'end', FONT_PX.value);
    const rLabel = mark(beforeLeft ? r.afterLabel : r.beforeLabel, rx + DOT_R + 4, y, 'start', FONT_PX.value);
    return {
      metric: r.metric,
      beforeTone: tone(r.metric, r.beforeMusd),
      afterTone: tone(r.metric, r.afterMusd),
      y0,
      y1: top,
      y,
      beforeX: bx,
      afterX: ax,
      beforeMusd: r.beforeMusd,
      afterMusd: r.afterMusd,
      arrow: arrow(bx, ax, y),
      name: nameMark,
      change,
      beforeLabel: beforeLeft ? lLabel : rLabel,
      afterLabel: beforeLeft ? rLabel : lLabel,
    };
  });

  // Key: "○ 2011 → ● 2016", left-aligned like the headings.
  const keyY = 10;
  const before = mark(input.beforeKey, INSET + 2 * DOT_R + 6, keyY, 'start', FONT_PX.value);
  const afterX = before.x1 + 32 + DOT_R;
  return {
    width,
    height,
    plot: { left, right, top: KEY_PX, bottom: top },
    ticks: ticks.map((t) => ({ ...t, zero: t.value === 0 })),
    axisY: top + 12,
    gridSpans: rows.map((r, i): [number, number] => [
      r.change.y + 10,
      i + 1 < rows.length ? rows[i + 1].name.y - 10 : top,
    ]),
    key: {
      y: keyY,
      beforeX: INSET + DOT_R + 1,
      afterX,
      arrow: arrow(before.x1 + 4 - DOT_R - 1, afterX, keyY),
      before,
      after: mark(input.afterKey, afterX + DOT_R + 5, keyY, 'start', FONT_PX.value),
    },
    rows,
  };
}

function tone(metric: Metric, musd: number): Tone {
  return metric === 'balance' ? (musd < 0 ? 'deficit' : 'surplus') : metric;
}

/** A shaft from one dot's edge to just short of the other, with an open head; '' when too short. */
function arrow(from: number, to: number, y: number): string {
  const dir = Math.sign(to - from);
  const start = from + dir * (DOT_R + 1);
  const tip = to - dir * (DOT_R + 2);
  if ((tip - start) * dir < 8) return '';
  const back = round(tip - dir * 5);
  const [t, c] = [round(tip), round(y)];
  return `M${round(start)},${c}H${t}M${back},${round(y - 4)}L${t},${c}L${back},${round(y + 4)}`;
}

/**
 * The dollar axis: as many nice ticks as fit without their labels touching (or leaving the
 * chart), from about one per 90 px down to two (then dropping any that would still touch).
 */
function axis(
  domain: [number, number],
  left: number,
  right: number,
  width: number,
  format: (musd: number) => string,
  measure: MeasureText,
): { x: Linear; ticks: Tick[] } {
  // Nice to round tens (of billions) whatever the width: only the number of ticks shrinks.
  const x = linear(domain, [left, right], 10);
  for (let count = Math.max(2, Math.floor((right - left) / 90)); ; count--) {
    const ticks = x
      .ticks(count)
      .map((value) => ({ value, pos: x(value), label: format(value), w: measure(format(value), FONT_PX.tick) }))
      .filter((t) => t.pos - t.w / 2 >= 0 && t.pos + t.w / 2 <= width);
    const apart = (t: (typeof ticks)[number], prev: (typeof ticks)[number]) =>
      t.pos - t.w / 2 >= prev.pos + prev.w / 2 + 8;
    if (count > 2 && !ticks.every((t, i) => i === 0 || apart(t, ticks[i - 1]))) continue;
    // At two ticks and still crowded (a very narrow chart), drop the ones that would touch.
    const kept: typeof ticks = [];
    for (const t of ticks) if (!kept.length || apart(t, kept[kept.length - 1])) kept.push(t);
    return { x, ticks: kept.map(({ value, pos, label }) => ({ value, pos, label })) };
  }
}
