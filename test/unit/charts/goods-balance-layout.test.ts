import { describe, expect, it } from 'vitest';
import { layoutGoodsBalance, type GoodsBalanceInput } from '../../../src/charts/goods-balance/layout.js';
import { censusSeries, fact } from '../../../src/data/embedded.js';
import type { TradeYear } from '../../../src/data/types.js';
import { formatterFor } from '../../../src/format/format.js';
import { estimateTextWidth } from '../../../src/layout/text.js';
import { fractionalYear } from '../../../src/layout/time.js';

const f = formatterFor('en');
const all = censusSeries().years;
const span = (from: number, to: number) => all.filter((d) => d.year >= from && d.year <= to);

function input(over: Partial<GoodsBalanceInput> = {}): GoodsBalanceInput {
  return {
    years: span(2007, 2025),
    from: 2007,
    to: 2025,
    widthPx: 800,
    heightPx: 400,
    milestones: [
      { id: 'in-force', date: fact('t_2012_entry_into_force').date, label: 'KORUS in force' },
      { id: 'amended', date: fact('t_2019_amendment_in_force').date, label: 'Amended' },
    ],
    names: { exports: 'Exports', imports: 'Imports', balance: 'Balance' },
    axisTick: f.axisTick,
    yearLabel: f.year,
    ...over,
  };
}

describe('layoutGoodsBalance', () => {
  const m = layoutGoodsBalance(input());
  const zero = m.yTicks.find((t) => t.zero)!.pos;

  it('draws one export point, one import point and one balance bar per year', () => {
    expect(m.exports).toHaveLength(19);
    expect(m.imports).toHaveLength(19);
    expect(m.bars).toHaveLength(19);
    expect(m.bars.map((b) => b.year)).toEqual(span(2007, 2025).map((d) => d.year));
  });

  it('maps values linearly with zero inside the domain and larger values higher', () => {
    const y2024 = m.imports.find((p) => p.year === 2024)!;
    const y2011 = m.imports.find((p) => p.year === 2011)!;
    // Linear: the pixel distance from zero is proportional to the value.
    expect((zero - y2024.y) / (zero - y2011.y)).toBeCloseTo(131457.3 / 56661.4, 6);
    expect(m.yTicks.some((t) => t.zero)).toBe(true);
    expect(zero).toBeGreaterThan(m.plot.top);
    expect(zero).toBeLessThan(m.plot.bottom);
  });

  it('draws deficit bars down from zero with height proportional to the deficit', () => {
    for (const b of m.bars) {
      expect(b.kind).toBe('deficit');
      expect(b.y).toBeCloseTo(zero, 6);
    }
    const b2024 = m.bars.find((b) => b.year === 2024)!;
    const b2011 = m.bars.find((b) => b.year === 2011)!;
    expect(b2024.height / b2011.height).toBeCloseTo(65686 / 13199.7, 6);
  });

  it('draws surplus years (1995–1997) above zero and marks them as surpluses', () => {
    const n = layoutGoodsBalance(input({ years: span(1990, 2000), from: 1990, to: 2000 }));
    const z = n.yTicks.find((t) => t.zero)!.pos;
    const surpluses = n.bars.filter((b) => b.kind === 'surplus').map((b) => b.year);
    expect(surpluses).toEqual([1995, 1996, 1997]);
    for (const b of n.bars.filter((b) => b.kind === 'surplus')) expect(b.y + b.height).toBeCloseTo(z, 6);
  });

  it("centres each year's marks in its band and places milestones at their exact date", () => {
    const col = m.columns.find((c) => c.year === 2012)!;
    expect(col.cx).toBeCloseTo((col.x0 + col.x1) / 2, 6);
    const pxPerYear = col.x1 - col.x0;
    const inForce = m.milestones.find((d) => d.id === 'in-force')!;
    expect(inForce.x).toBeCloseTo(col.x0 + (fractionalYear('2012-03-15') - 2012) * pxPerYear, 6);
    expect(fractionalYear('2012-03-15')).toBeCloseTo(2012 + 74 / 366, 10);
    const amended = m.milestones.find((d) => d.id === 'amended')!;
    expect(amended.x).toBeCloseTo(m.columns.find((c) => c.year === 2019)!.x0, 6);
  });

  it('keeps every mark inside the plot and every coordinate finite', () => {
    for (const p of [...m.exports, ...m.imports]) {
      expect(p.x).toBeGreaterThanOrEqual(m.plot.left);
      expect(p.x).toBeLessThanOrEqual(m.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(m.plot.top);
      expect(p.y).toBeLessThanOrEqual(m.plot.bottom);
    }
    for (const b of m.bars) {
      expect(b.x).toBeGreaterThanOrEqual(m.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(m.plot.right);
      expect(b.y + b.height).toBeLessThanOrEqual(m.plot.bottom + 1e-9);
    }
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null/);
  });

  it('labels series directly at the line ends when wide, without overlap', () => {
    expect(m.legend).toEqual([]);
    expect(m.seriesLabels.map((l) => l.series).sort()).toEqual(['balance', 'exports', 'imports']);
    const ys = m.seriesLabels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14);
    for (const l of m.seriesLabels) expect(l.x + estimateTextWidth(l.text, 13)).toBeLessThanOrEqual(800);
  });

  it('uses a legend and sparser year ticks at 320 px, with no tick labels touching', () => {
    const n = layoutGoodsBalance(input({ widthPx: 320, heightPx: 260 }));
    expect(n.seriesLabels).toEqual([]);
    expect(n.legend.map((l) => l.series)).toEqual(['exports', 'imports', 'balance']);
    for (const l of n.legend) expect(l.x + 22 + estimateTextWidth(l.text, 13)).toBeLessThanOrEqual(320);
    expect(n.xTicks.length).toBeLessThanOrEqual(5);
    const edges = n.xTicks.map((t) => [
      t.pos - estimateTextWidth(t.label, 12) / 2,
      t.pos + estimateTextWidth(t.label, 12) / 2,
    ]);
    for (let i = 1; i < edges.length; i++) expect(edges[i][0]).toBeGreaterThan(edges[i - 1][1]);
    expect(edges[0][0]).toBeGreaterThanOrEqual(0);
    expect(edges.at(-1)![1]).toBeLessThanOrEqual(320);
    expect(n.plot.right).toBeLessThanOrEqual(320);
  });

  it('puts milestone labels on separate rows when they would collide', () => {
    const n = layoutGoodsBalance(input({ widthPx: 320, heightPx: 260 }));
    const [a, b] = n.milestones;
    expect(a.labelY).not.toBe(b.labelY);
    const wide = layoutGoodsBalance(input({ widthPx: 1100 }));
    expect(wide.milestones[0].labelY).toBe(wide.milestones[1].labelY);
  });

  it('breaks the lines at a missing year instead of interpolating', () => {
    const gappy: TradeYear[] = span(2010, 2016).filter((d) => d.year !== 2013);
    const n = layoutGoodsBalance(input({ years: gappy, from: 2010, to: 2016 }));
    expect(n.exportsPath.match(/M/g)).toHaveLength(2);
    expect(n.bars).toHaveLength(6);
    expect(m.exportsPath.match(/M/g)).toHaveLength(1);
  });

  it('yields finite geometry for a single year and for a zero size', () => {
    for (const [w, h] of [
      [0, 0],
      [320, 260],
    ]) {
      const n = layoutGoodsBalance(input({ years: span(2011, 2011), from: 2011, to: 2011, widthPx: w, heightPx: h }));
      expect(JSON.stringify(n)).not.toMatch(/NaN|Infinity/);
      expect(n.bars).toHaveLength(1);
    }
  });
});
