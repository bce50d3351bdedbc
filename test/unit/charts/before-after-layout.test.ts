import { describe, expect, it } from 'vitest';
import { beforeAfter } from '../../../src/charts/before-after/chart.js';
import { compareYears, type BeforeAfterOptions } from '../../../src/charts/before-after/derive.js';
import { DOT_R, type BeforeAfterModel, type TextMark } from '../../../src/charts/before-after/layout.js';
import { BEFORE_AFTER_MESSAGES } from '../../../src/charts/before-after/messages.js';
import { censusSeries } from '../../../src/data/embedded.js';
import type { Locale } from '../../../src/format/locale.js';
import { estimateTextWidth } from '../../../src/layout/text.js';
import { chartContext } from '../../../src/pipeline/run.js';

const all = censusSeries().years;

/** The same inputs the element builds, from the embedded Census series. */
function model(o: BeforeAfterOptions = {}, widthPx = 800, heightPx = 290, locale: Locale = 'en'): BeforeAfterModel {
  const c = compareYears(all, o, BEFORE_AFTER_MESSAGES[locale].expected);
  return beforeAfter.layout(c, chartContext(censusSeries(), locale, estimateTextWidth), { widthPx, heightPx });
}

interface Box {
  what: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const textBox = (t: TextMark): Box => ({
  what: t.text,
  x0: t.x0,
  x1: t.x1,
  y0: t.y - 0.6 * t.fontPx,
  y1: t.y + 0.6 * t.fontPx,
});
const dotBox = (what: string, x: number, y: number): Box => ({
  what,
  x0: x - DOT_R,
  x1: x + DOT_R,
  y0: y - DOT_R,
  y1: y + DOT_R,
});

/** Every text and dot on the chart, each with the group it may touch (a row's own two dots may overlap). */
function boxes(m: BeforeAfterModel): { box: Box; group: string }[] {
  const out: { box: Box; group: string }[] = [];
  out.push({ box: textBox(m.key.before), group: 'key' }, { box: textBox(m.key.after), group: 'key2' });
  for (const t of m.ticks) {
    const w = estimateTextWidth(t.label, 12);
    out.push({
      box: { what: `tick ${t.label}`, x0: t.pos - w / 2, x1: t.pos + w / 2, y0: m.axisY - 7, y1: m.axisY + 7 },
      group: `tick${t.value}`,
    });
  }
  m.rows.forEach((r, i) => {
    for (const t of [r.name, r.change, r.beforeLabel, r.afterLabel])
      out.push({ box: textBox(t), group: `${i}:${t.text}` });
    out.push(
      { box: dotBox(`${r.metric} dots`, r.beforeX, r.y), group: `dots${i}` },
      { box: dotBox(`${r.metric} dots`, r.afterX, r.y), group: `dots${i}` },
    );
  });
  return out;
}

function overlaps(m: BeforeAfterModel): string[] {
  const list = boxes(m);
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      if (a.group === b.group) continue;
      if (a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1)
        found.push(`${a.box.what} × ${b.box.what}`);
    }
  }
  return found;
}

function outside(m: BeforeAfterModel): string[] {
  return boxes(m)
    .map((b) => b.box)
    .filter((b) => b.x0 < -0.01 || b.x1 > m.width + 0.01 || b.y0 < -0.01 || b.y1 > m.height + 0.01)
    .map((b) => b.what);
}

describe('layoutBeforeAfter', () => {
  const m = model();
  const zero = m.ticks.find((t) => t.zero)!.pos;
  const row = (metric: string) => m.rows.find((r) => r.metric === metric)!;

  it('draws one row per metric with both years’ values, in the order exports, imports, balance', () => {
    expect(m.rows.map((r) => r.metric)).toEqual(['exports', 'imports', 'balance']);
    expect(row('exports')).toMatchObject({ beforeMusd: 43461.6, afterMusd: 42262.2 });
    expect(row('imports')).toMatchObject({ beforeMusd: 56661.4, afterMusd: 69886.8 });
    expect(row('balance')).toMatchObject({ beforeMusd: -13199.7, afterMusd: -27624.6 });
    expect(row('exports').beforeLabel.text).toBe('$43.5B');
    expect(row('exports').afterLabel.text).toBe('$42.3B');
    expect(row('balance').beforeLabel.text).toBe('\u2212$13.2B');
    expect(row('balance').afterLabel.text).toBe('\u2212$27.6B');
    expect(row('exports').name.text + ' ' + row('exports').change.text).toBe('Exports fell $1.2B (\u22122.8%)');
    expect(row('imports').name.text + ' ' + row('imports').change.text).toBe('Imports rose $13.2B (+23.3%)');
    expect(row('balance').name.text + ' ' + row('balance').change.text).toBe('Deficit grew $14.4B (+109.3%)');
  });

  it('places values on one linear axis through zero, with the deficit left of zero', () => {
    const px = (musd: number) =>
      row('imports').beforeX +
      ((musd - 56661.4) * (row('imports').afterX - row('imports').beforeX)) / (69886.8 - 56661.4);
    expect(px(0)).toBeCloseTo(zero, 6);
    expect(px(43461.6)).toBeCloseTo(row('exports').beforeX, 6);
    expect(px(-27624.6)).toBeCloseTo(row('balance').afterX, 6);
    expect(row('balance').beforeX).toBeLessThan(zero);
    expect(row('balance').afterX).toBeLessThan(row('balance').beforeX);
    expect(row('exports').beforeX).toBeGreaterThan(zero);
    expect((zero - row('balance').afterX) / (zero - row('balance').beforeX)).toBeCloseTo(27624.6 / 13199.7, 6);
    expect([row('balance').beforeTone, row('balance').afterTone]).toEqual(['deficit', 'deficit']);
  });

  it('points the arrow from the first year to the second, and drops it when the dots nearly touch', () => {
    const imports = row('imports').arrow.match(/^M([\d.]+),[\d.]+H([\d.]+)/)!;
    expect(Number(imports[1])).toBeGreaterThan(row('imports').beforeX);
    expect(Number(imports[2])).toBeLessThan(row('imports').afterX);
    expect(Number(imports[2])).toBeGreaterThan(Number(imports[1]));
    const balance = row('balance').arrow.match(/^M([\d.]+),[\d.]+H([\d.]+)/)!;
    expect(Number(balance[2])).toBeLessThan(Number(balance[1]));
    // Exports moved $1.2B: a few pixels at 800 px, too short for an arrow.
    expect(Math.abs(row('exports').afterX - row('exports').beforeX)).toBeLessThan(2 * DOT_R + 16);
    expect(row('exports').arrow).toBe('');
  });

  it('puts the lower value’s label left of its dot and the higher one’s right, whichever year it is', () => {
    const e = row('exports'); // after (42.3) is the lower
    expect(e.afterLabel.anchor).toBe('end');
    expect(e.afterLabel.x1).toBeLessThan(Math.min(e.beforeX, e.afterX) - DOT_R);
    expect(e.beforeLabel.anchor).toBe('start');
    expect(e.beforeLabel.x0).toBeGreaterThan(Math.max(e.beforeX, e.afterX) + DOT_R);
    const i = row('imports');
    expect([i.beforeLabel.anchor, i.afterLabel.anchor]).toEqual(['end', 'start']);
  });

  it('keeps every coordinate finite and every dot inside the plot', () => {
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null/);
    for (const r of m.rows) {
      for (const x of [r.beforeX, r.afterX]) {
        expect(x).toBeGreaterThanOrEqual(m.plot.left);
        expect(x).toBeLessThanOrEqual(m.plot.right);
      }
      expect(r.y).toBeGreaterThan(m.plot.top);
      expect(r.y).toBeLessThan(m.plot.bottom);
      expect(r.y0).toBeLessThan(r.y1);
    }
    // Bands tile the rows so the pointer always finds one between the first and the last.
    for (let k = 1; k < m.rows.length; k++) expect(m.rows[k].y0).toBeCloseTo(m.rows[k - 1].y1, 9);
    expect(m.axisY + 7).toBeLessThanOrEqual(m.height);
    // Gridlines run below each heading, never through one.
    expect(m.gridSpans).toHaveLength(3);
    for (const r of m.rows) {
      for (const [a, b] of m.gridSpans) expect(b <= r.name.y - 7 || a >= r.change.y + 7, r.metric).toBe(true);
    }
    expect(m.gridSpans.at(-1)![1]).toBe(m.plot.bottom);
    expect(m.ticks.some((t) => t.zero)).toBe(true);
  });

  it('has no overlapping or clipped text at 320 px and at 1200 px, in English and Korean', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const [w, h] of [
        [320, 250],
        [1200, 290],
      ]) {
        const n = model({}, w, h, locale);
        expect(overlaps(n), `${locale} ${w}px`).toEqual([]);
        expect(outside(n), `${locale} ${w}px`).toEqual([]);
        expect(n.ticks.length, `${locale} ${w}px`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has no overlapping or clipped text at 320 px for every pair of years in the data', () => {
    const years = all.map((d) => d.year);
    let checked = 0;
    for (const locale of ['en', 'ko'] as const) {
      for (const before of years) {
        for (const after of years.filter((y) => y > before)) {
          const n = model({ before, after }, 320, 250, locale);
          const bad = [...overlaps(n), ...outside(n)];
          if (bad.length) throw new Error(`${locale} ${before}→${after}: ${bad.join('; ')}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * ((years.length * (years.length - 1)) / 2));
  });

  it('wraps a heading that does not fit the width onto a second line, and keeps one line when wide', () => {
    // At 320 px every heading in the data fits one line; a 280 px box forces the wrap.
    const narrow = model({ before: 1996, after: 1999 }, 280, 250);
    expect(overlaps(narrow)).toEqual([]);
    expect(outside(narrow)).toEqual([]);
    const flip = narrow.rows.find((r) => r.metric === 'balance')!;
    expect(flip.name.text + ' ' + flip.change.text).toBe('Balance went from surplus to deficit (\u2212$12.2B)');
    expect(flip.change.y).toBeGreaterThan(flip.name.y);
    expect(flip.change.x0).toBe(flip.name.x0);
    const wide = model({ before: 1996, after: 1999 }, 1200, 290).rows.find((r) => r.metric === 'balance')!;
    expect(wide.change.y).toBe(wide.name.y);
    expect(wide.change.x0).toBeGreaterThan(wide.name.x1);
    // The surplus year's dot is right of zero, the deficit year's left, each in its own colour.
    expect([flip.beforeTone, flip.afterTone]).toEqual(['surplus', 'deficit']);
    const z = narrow.ticks.find((t) => t.zero)!.pos;
    expect(flip.beforeX).toBeGreaterThan(z);
    expect(flip.afterX).toBeLessThan(z);
  });

  it('draws a single metric, and yields finite geometry at zero size', () => {
    expect(model({ metrics: 'balance' }).rows.map((r) => r.metric)).toEqual(['balance']);
    const empty = model({}, 0, 0);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity|null/);
  });
});
