import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/data/parse.js';
import { validateMonthInputs, validateMonthTable } from '../../../src/data/validate-months.js';
import { refusal } from './refusal.js';

const csv = (text: string) => validateMonthTable(parseTable(text));

describe('monthly page data', () => {
  it('reads month,exports,imports into sorted months and reports a partial last year', () => {
    const rows = ['month,exports,imports', '2026-02,10,25', '2026-01,12.5,20'];
    const { months, partialYears } = csv(rows.join('\n'));
    expect(months).toEqual([
      { month: '2026-01', exportsMusd: 12.5, importsMusd: 20, balanceMusd: -7.5 },
      { month: '2026-02', exportsMusd: 10, importsMusd: 25, balanceMusd: -15 },
    ]);
    expect(partialYears).toEqual([{ year: 2026, firstMonth: 1, lastMonth: 2 }]);
  });

  it('a complete year is not partial; data/’s own column names and balance are accepted', () => {
    const lines = ['month,exports_musd,imports_musd,balance_musd'];
    for (let m = 1; m <= 12; m++) lines.push(`2025-${String(m).padStart(2, '0')},5,7.04,-2.1`);
    const { months, partialYears } = csv(lines.join('\n'));
    expect(months).toHaveLength(12);
    expect(months[0].balanceMusd).toBe(-2.1);
    expect(partialYears).toEqual([]);
  });

  it('refuses a missing column, a bad month, a repeated month, a gap and a disagreeing balance, naming the line', () => {
    expect(refusal(() => csv('month,exports\n2026-01,1'))).toMatchObject({ code: 'missing-column', params: { column: 'imports' } });
    expect(refusal(() => csv('year,exports,imports\n2026,1,2'))).toMatchObject({ code: 'missing-column', params: { column: 'month' } });
    expect(refusal(() => csv('month,exports,imports\n2026-13,1,2'))).toMatchObject({ code: 'not-a-month', line: 2 });
    expect(refusal(() => csv('month,exports,imports\n2026-01,1,2\n2026-01,1,2'))).toMatchObject({
      code: 'duplicate-month',
      line: 3,
      params: { first: 2 },
    });
    expect(refusal(() => csv('month,exports,imports\n2026-01,1,2\n2026-04,1,2'))).toMatchObject({
      code: 'month-gap',
      params: { missing: '2026-02', lastMissing: '2026-03' },
    });
    expect(refusal(() => csv('month,exports,imports,balance\n2026-01,1,2,5'))).toMatchObject({
      code: 'balance-mismatch',
      column: 'balance',
    });
    expect(refusal(() => csv('month,exports,imports\n2026-01,-1,2'))).toMatchObject({ code: 'negative' });
  });

  it('the data property with month keys reads as a file does', () => {
    const rows = [
      { month: '2026-01', exports: 12.5, imports: 20 },
      { month: '2026-02', exports: 10, imports: 25 },
    ];
    expect(validateMonthInputs(rows)).toEqual(csv('month,exports,imports\n2026-01,12.5,20\n2026-02,10,25'));
  });
});
