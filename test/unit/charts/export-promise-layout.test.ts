import { describe, expect, it } from 'vitest';
import { derivePromise, type PromiseOptions } from '../../../src/charts/export-promise/derive.js';
import { layoutExportPromise, type ExportPromiseInput } from '../../../src/charts/export-promise/layout.js';
import { censusSeries, cpiFor, fact } from '../../../src/data/embedded.js';
import { DataError } from '../../../src/data/errors.js';
import { formatterFor, shown, shownChange } from '../../../src/format/format.js';
import { estimateTextWidth } from '../../../src/layout/text.js';
import { fractionalYear } from '../../../src/layout/time.js';

const f = formatterFor('en');
const all = censusSeries().years;
const exportsIn = (year: number) => all.find((d) => d.year === year)!.exportsMusd;
const promiseMusd = fact('obama2010_exports_promise').value! * 1000;
const bandMusd = [
  fact('usitc2007_us_exports_gain_low').value! * 1000,
  fact('usitc2007_us_exports_gain_high').value! * 1000,
] as const;
const derive = (over: Partial<PromiseOptions> = {}) =>
  derivePromise(all, { baseline: 2011, promiseMusd, bandMusd, ...over });
const billions = (musd: number) => Math.round(musd / 100) / 10;

function input(over: Partial<ExportPromiseInput> = {}): ExportPromiseInput {
  const d = derive();
  return {
    rows: d.rows,
    from: d.span.from,
    to: d.span.to,
    targetMusd: d.targetMusd,
    bandMusd: d.bandMusd,
    widthPx: 800,
    heightPx: 400,
    milestones: [
      { id: 'in-force', date: fact('t_2012_entry_into_force').date, label: 'KORUS in force' },
      { id: 'amended', date: fact('t_2019_amendment_in_force').date, label: 'Amended' },
    ],
    names: { exports: 'Exports', target: 'Up to $11.0B on 2011', band: 'USITC estimate: +$9.7B to +$10.9B on 2011' },
    axisTick: f.axisTick,
    yearLabel: f.year,
    ...over,
  };
}

/**
 * The box of text drawn at (x, y), on its baseline or (dy 0.32em) centred: as tall as a browser's
 * line box (Firefox reports 19 px for 13 px text), not just the glyphs.
 */
const box = (
  text: string,
  x: number,
  y: number,
  px: number,
  anchor: 'start' | 'end' | 'middle' = 'start',
  middle = false,
) => {
  const w = estimateTextWidth(text, px);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const y0 = middle ? y - px * 0.7 : y - px * 1.05;
  return { x0, x1: x0 + w, y0, y1: y0 + px * 1.4 };
};
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('derivePromise', () => {
  it('sets the target at baseline-year exports plus the promise: 43.5 + 11 = 54.5 for 2011', () => {
    const d = derive();
    expect(d.baseline.exportsMusd).toBe(43461.6);
    expect(d.targetMusd).toBeCloseTo(43461.6 + 11000, 6);
    expect(billions(d.targetMusd)).toBe(54.5);
  });

  it('puts the USITC band at baseline plus 9.7 to plus 10.9 billion: 53.2 to 54.4', () => {
    const d = derive();
    expect(d.bandMusd[0]).toBeCloseTo(43461.6 + 9700, 6);
    expect(d.bandMusd[1]).toBeCloseTo(43461.6 + 10900, 6);
    expect(d.bandMusd.map(billions)).toEqual([53.2, 54.4]);
  });

  it("gives each year's gap as exports minus the target as both show: 2016 −12.2, 2018 +1.8 (56.3 − 54.5)", () => {
    const d = derive();
    const gap = (y: number) => d.rows.find((r) => r.year === y)!.gapMusd;
    expect(gap(2016)).toBe(shown(exportsIn(2016)) - shown(d.targetMusd));
    expect(billions(gap(2016))).toBe(-12.2);
    expect(billions(gap(2018))).toBe(1.8);
    expect(billions(gap(2011))).toBe(-11);
    expect(d.rows.map((r) => r.year)).toEqual(all.filter((r) => r.year >= 2011).map((r) => r.year));
    expect(d.after[0].year).toBe(2012);
  });

  it('follows the promise and the baseline it is given', () => {
    expect(billions(derive({ promiseMusd: 5000 }).targetMusd)).toBe(48.5);
    const d = derive({ baseline: 2015 });
    expect(d.targetMusd).toBeCloseTo(exportsIn(2015) + 11000, 6);
    expect(d.span.from).toBe(2015);
  });

  it('rescales exports, target and band to constant dollars of the price year with CPI-U', () => {
    const d = derive({ priceYear: 2011 });
    const r2018 = d.rows.find((r) => r.year === 2018)!;
    expect(r2018.exportsMusd).toBeCloseTo((56318.3 * cpiFor(2011)!) / cpiFor(2018)!, 6);
    expect(billions(r2018.exportsMusd)).toBe(50.4);
    expect(billions(r2018.gapMusd)).toBe(-4.1);
    // The price year is the baseline, so the target is unchanged: 54.5 in 2011 dollars.
    expect(billions(d.targetMusd)).toBe(54.5);
    expect(d.after.find((r) => r.gapMusd >= 0)!.year).toBe(2021);

    // Another price year scales every value, the target included, by the same ratio.
    const k = cpiFor(2024)! / cpiFor(2011)!;
    const e = derive({ priceYear: 2024 });
    expect(e.targetMusd).toBeCloseTo(d.targetMusd * k, 6);
    expect(e.bandMusd[1]).toBeCloseTo(d.bandMusd[1] * k, 6);
    expect(e.rows[3].gapMusd).toBe(shownChange(e.targetMusd, e.rows[3].exportsMusd));
  });

  it('refuses a baseline outside the data, a price year without CPI, and a span ending at the baseline', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        return { code: (e as DataError).code, ...(e as DataError).params };
      }
      throw new Error('did not throw');
    };
    expect(code(() => derive({ baseline: 1970 }))).toEqual({
      code: 'year-not-in-data',
      name: 'baseline',
      year: 1970,
      first: 1985,
      last: 2025,
    });
    expect(code(() => derive({ priceYear: 1970 }))).toEqual({ code: 'no-cpi', year: 1970, first: 1985, last: 2025 });
    expect(code(() => derive({ baseline: 2025 }))).toMatchObject({
      code: 'bad-order',
      before: 'baseline',
      a: 2025,
      b: 2025,
    });
  });
});

describe('layoutExportPromise', () => {
  const m = layoutExportPromise(input());
  const zero = m.yTicks.find((t) => t.zero)!.pos;

  it('draws one export point, one gap and one hit column per year from the baseline', () => {
    expect(m.exports).toHaveLength(15);
    expect(m.gaps.map((g) => g.year)).toEqual(m.exports.map((p) => p.year));
    expect(m.columns[0].year).toBe(2011);
    expect(m.exportsPath.match(/M/g)).toHaveLength(1);
  });

  it('draws the target line and the band on the same zero-based linear scale as exports', () => {
    expect(zero).toBeCloseTo(m.plot.bottom, 6);
    const p2011 = m.exports[0];
    // Linear from zero: pixel heights are proportional to values.
    expect((zero - m.target.y) / (zero - p2011.y)).toBeCloseTo((43461.6 + 11000) / 43461.6, 6);
    expect((zero - m.band.y0) / (zero - m.band.y1)).toBeCloseTo((43461.6 + 10900) / (43461.6 + 9700), 6);
    // The band lies just under the target: its top (high estimate) is below the target line.
    expect(m.band.y0).toBeGreaterThan(m.target.y);
    expect(m.band.y1).toBeGreaterThan(m.band.y0);
  });

  it('runs each gap from the exports point to the target line, marking shortfalls and excesses', () => {
    for (const [i, g] of m.gaps.entries()) {
      expect(g.x).toBe(m.exports[i].x);
      expect(g.y1).toBe(m.exports[i].y);
      expect(g.y2).toBe(m.target.y);
    }
    const kind = (y: number) => m.gaps.find((g) => g.year === y)!.kind;
    expect(kind(2016)).toBe('shortfall');
    expect(kind(2018)).toBe('excess');
    const g2016 = m.gaps.find((g) => g.year === 2016)!;
    expect(g2016.y1).toBeGreaterThan(g2016.y2);
  });

  it('places milestones at their exact dates', () => {
    const col = m.columns.find((c) => c.year === 2012)!;
    expect(m.milestones.find((d) => d.id === 'in-force')!.x).toBeCloseTo(
      col.x0 + (fractionalYear('2012-03-15') - 2012) * (col.x1 - col.x0),
      6,
    );
    expect(m.milestones.find((d) => d.id === 'amended')!.x).toBeCloseTo(m.columns.find((c) => c.year === 2019)!.x0, 6);
  });

  it('keeps every mark inside the plot and every coordinate finite, at 320, 800 and 1200 px', () => {
    for (const widthPx of [320, 800, 1200]) {
      const n = layoutExportPromise(input({ widthPx, heightPx: widthPx === 320 ? 260 : 440 }));
      for (const p of n.exports) {
        expect(p.x).toBeGreaterThanOrEqual(n.plot.left);
        expect(p.x).toBeLessThanOrEqual(n.plot.right);
        expect(p.y).toBeGreaterThanOrEqual(n.plot.top);
        expect(p.y).toBeLessThanOrEqual(n.plot.bottom);
      }
      for (const y of [n.target.y, n.band.y0, n.band.y1]) {
        expect(y).toBeGreaterThanOrEqual(n.plot.top);
        expect(y).toBeLessThanOrEqual(n.plot.bottom);
      }
      expect(n.plot.right).toBeLessThanOrEqual(widthPx);
      expect(JSON.stringify(n)).not.toMatch(/NaN|Infinity|null/);
    }
  });

  it('labels exports, target and band directly right of the plot when wide, apart and inside the width', () => {
    expect(m.legend).toEqual([]);
    expect(m.labels.map((l) => l.role).sort()).toEqual(['band', 'exports', 'target']);
    const ys = m.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(18);
    for (const l of m.labels) {
      expect(l.x).toBeGreaterThan(m.plot.right);
      expect(l.x + estimateTextWidth(l.text, 13, true)).toBeLessThanOrEqual(800);
    }
    // The target label sits at the target line, unless it had to move apart from the band label.
    expect(Math.abs(m.labels.find((l) => l.role === 'target')!.y - m.target.y)).toBeLessThanOrEqual(18);
  });

  // 160 px is a 320 px phone at 200% zoom.
  for (const widthPx of [320, 160]) {
    it(`uses a legend at ${widthPx} px, with no label touching another or leaving the chart`, () => {
      const n = layoutExportPromise(input({ widthPx, heightPx: 260, axisNote: '2011 dollars' }));
      expect(n.labels).toEqual([]);
      expect(n.legend.map((l) => l.role)).toEqual(['exports', 'target', 'band']);
      const boxes = [
        ...n.legend.flatMap((l) => l.lines.map((t, i) => box(t, l.x + 22, l.y + i * 20, 13))),
        ...n.milestones.map((d) => box(d.label, d.labelX, d.labelY, 12, d.anchor)),
        ...n.xTicks.map((t) => box(t.label, t.pos, n.plot.bottom + 17, 12, 'middle')),
        ...n.yTicks.map((t) => box(t.label, n.plot.left - 6, t.pos, 12, 'end', true)),
        box(n.axisNote!.text, n.axisNote!.x, n.axisNote!.y, 12),
      ];
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(widthPx);
        // The line box's leading may start just above the svg (which does not clip); glyphs do not.
        expect(b.y0).toBeGreaterThanOrEqual(-3);
        expect(b.y1).toBeLessThanOrEqual(260);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${i} ${j}`).toBe(false);
      expect(n.xTicks.length).toBeLessThanOrEqual(5);
    });
  }

  it('breaks a legend item wider than the chart into lines and starts the next item below them', () => {
    const n = layoutExportPromise(input({ widthPx: 160, heightPx: 260 }));
    const band = n.legend.find((l) => l.role === 'band')!;
    expect(band.lines).toEqual(['USITC estimate:', '+$9.7B to +$10.9B', 'on 2011']);
    expect(layoutExportPromise(input({ widthPx: 400, heightPx: 260 })).legend.every((l) => l.lines.length === 1)).toBe(
      true,
    );
  });

  it('keeps the unit label clear of milestone labels at every width', () => {
    for (const widthPx of [320, 480, 800, 1200]) {
      const n = layoutExportPromise(input({ widthPx, heightPx: 300, axisNote: '2011년 불변 달러' }));
      const note = box(n.axisNote!.text, n.axisNote!.x, n.axisNote!.y, 12);
      for (const d of n.milestones) expect(overlaps(note, box(d.label, d.labelX, d.labelY, 12, d.anchor))).toBe(false);
    }
  });

  it('breaks the line at a missing year and yields finite geometry for a zero size', () => {
    const rows = derive().rows.filter((r) => r.year !== 2014);
    expect(layoutExportPromise(input({ rows })).exportsPath.match(/M/g)).toHaveLength(2);
    const n = layoutExportPromise(input({ widthPx: 0, heightPx: 0 }));
    expect(JSON.stringify(n)).not.toMatch(/NaN|Infinity/);
  });
});
