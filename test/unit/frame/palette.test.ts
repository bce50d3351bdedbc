import { describe, expect, it } from 'vitest';
import { CLOSE_PAIRS, MARK_COLOURS, OTHER_PAIRS, PALETTE } from '../../../src/frame/palette.js';
import { contrast, deltaE2000, DEFICIENCIES, hexToRgb, simulate } from './colour.js';

const themes = ['light', 'dark'] as const;
const difference = (a: string, b: string, deficiency?: string) =>
  deficiency
    ? deltaE2000(simulate(hexToRgb(a), deficiency), simulate(hexToRgb(b), deficiency))
    : deltaE2000(hexToRgb(a), hexToRgb(b));

describe('the default palette', () => {
  for (const theme of themes) {
    const p = PALETTE[theme];

    it(`${theme}: every mark colour has at least 3:1 contrast against the background (WCAG 1.4.11)`, () => {
      for (const k of MARK_COLOURS) expect(contrast(p[k], p.background), k).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: text and muted text have at least 4.5:1 (WCAG 1.4.3), also on the tooltip`, () => {
      for (const bg of [p.background, p.tooltipBackground]) {
        expect(contrast(p.text, bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.muted, bg)).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: direct series labels, drawn in the series colours, are readable text (4.5:1)`, () => {
      for (const k of ['exports', 'imports', 'deficit'] as const)
        expect(contrast(p[k], p.background), k).toBeGreaterThanOrEqual(4.5);
    });

    for (const deficiency of [undefined, ...DEFICIENCIES]) {
      const vision = deficiency ?? 'typical vision';
      it(`${theme}, ${vision}: series drawn alike differ by CIEDE2000 ≥ 10, the others by ≥ 5`, () => {
        for (const [a, b] of CLOSE_PAIRS)
          expect(difference(p[a], p[b], deficiency), `${a}/${b}`).toBeGreaterThanOrEqual(10);
        for (const [a, b] of OTHER_PAIRS)
          expect(difference(p[a], p[b], deficiency), `${a}/${b}`).toBeGreaterThanOrEqual(5);
      });
    }
  }

  it('the simulation is sound: red and green collapse under deuteranopia, blue and yellow under tritanopia', () => {
    expect(difference('#d00000', '#00a000')).toBeGreaterThan(50);
    expect(difference('#d00000', '#00a000', 'deuteranopia')).toBeLessThan(difference('#d00000', '#00a000') / 2);
    expect(difference('#3050ff', '#909000', 'tritanopia')).toBeLessThan(difference('#3050ff', '#909000') / 2);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
