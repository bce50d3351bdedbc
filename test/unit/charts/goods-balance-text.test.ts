import { describe, expect, it } from 'vitest';
import { GOODS_BALANCE_MESSAGES } from '../../../src/charts/goods-balance/messages.js';
import { describeGoodsBalance } from '../../../src/charts/goods-balance/text.js';
import { censusSeries } from '../../../src/data/embedded.js';
import { resolveSpan } from '../../../src/data/span.js';
import { formatterFor } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';
import { FRAME_MESSAGES } from '../../../src/format/messages.js';

const text = (from: number | undefined, to: number | undefined, locale: Locale = 'en') =>
  describeGoodsBalance(
    resolveSpan(censusSeries().years, from, to, 2005),
    censusSeries().source,
    GOODS_BALANCE_MESSAGES[locale],
    FRAME_MESSAGES[locale],
    formatterFor(locale),
  );

describe('describeGoodsBalance', () => {
  it('titles the default chart 2005–2025 and derives the finding from 2011, the last year before KORUS', () => {
    const t = text(undefined, undefined);
    expect(t.title).toBe('U.S. goods trade with South Korea, 2005–2025');
    expect(t.subtitle).toBe(
      'The U.S. goods deficit with Korea grew from $13.2B in 2011 to $56.5B in 2025. Billions of U.S. dollars, not adjusted for inflation.',
    );
    expect(t.summary).toContain('From 2005 to 2025, U.S. exports to Korea rose from $27.6B to $69.1B');
  });

  it('says the deficit narrowed when it did', () => {
    expect(text(2015, 2018).subtitle).toMatch(
      /^The U.S. goods deficit with Korea narrowed from \$28.3B in 2015 to \$17.9B in 2018\./,
    );
  });

  it('words a change from surplus to deficit without a negative number', () => {
    const s = text(1996, 1999).subtitle;
    expect(s).toMatch(/went from a surplus of \$4.0B in 1996 to a deficit of \$8.2B in 1999/);
    expect(s).not.toMatch(/\u2212|-\$/);
  });

  it('writes natural Korean with 억 달러 amounts', () => {
    const t = text(2007, 2025, 'ko');
    expect(t.title).toBe('미국의 대한국 상품 교역, 2007~2025년');
    expect(t.subtitle).toBe(
      '미국의 대한국 상품 무역적자는 2011년 132억 달러에서 2025년 565억 달러로 늘었습니다. 단위: 억 달러(명목 금액, 물가 미반영)',
    );
  });

  it('builds one table row per year with values in $ billions', () => {
    const t = text(2007, 2025);
    expect(t.table.columns).toEqual(['Year', 'Exports', 'Imports', 'Balance']);
    expect(t.table.rows).toHaveLength(19);
    expect(t.table.rows.find((r) => r.key === '2011')!.cells).toEqual(['2011', '43.5', '56.7', '\u221213.2']);
    expect(t.table.rows.find((r) => r.key === '2024')!.cells).toEqual(['2024', '65.8', '131.5', '\u221265.7']);
  });

  it('cites the Census conventions and the milestone dates in the notes', () => {
    const notes = text(2007, 2025).notes.join(' ');
    expect(notes).toContain('general imports');
    expect(notes).toContain('March 15, 2012');
    expect(notes).toContain('January 1, 2019');
  });
});
