// scripts/data-update.mjs on workbooks written here with exceljs in the Census country.xlsx layout,
// into a temporary copy of data/ (the repository's data/ is never touched).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CENSUS_HEADER, updateData } from '../../../scripts/data-update.mjs';
import { readCsv } from '../csv.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DATE = '2026-12-02';

type Row = Record<string, string | number | null>;

/** data/'s Census rows in the workbook's layout: one row per year, months across, IYR/EYR for complete years. */
function censusRows(fromYear: number): Row[] {
  const annual = new Map(readCsv('korus-annual.csv').map((r) => [Number(r.year), r]));
  const byYear = new Map<number, Row>();
  for (const m of readCsv('korus-monthly.csv')) {
    const year = Number(m.month.slice(0, 4));
    if (year < fromYear) continue;
    const k = Number(m.month.slice(5)) - 1;
    const row = byYear.get(year) ?? { year, CTY_CODE: 5800, CTY_NAME: 'Korea, South', IYR: null, EYR: null };
    row[`I${MONTHS[k]}`] = Number(m.imports_musd);
    row[`E${MONTHS[k]}`] = Number(m.exports_musd);
    byYear.set(year, row);
  }
  for (const [year, row] of byYear) {
    const a = annual.get(year);
    if (a) Object.assign(row, { IYR: Number(a.imports_musd), EYR: Number(a.exports_musd) });
  }
  return [...byYear.values()];
}

async function writeWorkbook(path: string, rows: Row[], header: readonly string[] = CENSUS_HEADER) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('country');
  sheet.addRow([...header]);
  // Another country's row: never read, so its cells need not even be numbers.
  sheet.addRow([2025, 5700, 'Japan', ...Array(26).fill('(not read)')]);
  for (const r of rows) sheet.addRow(header.map((h) => r[h] ?? null));
  await wb.xlsx.writeFile(path);
}

let dir: string;
let dataDir: string;
let snapshot: Map<string, string>;
const files = () => new Map(readdirSync(dataDir).map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]));
const csvIn = (name: string) => {
  const [head, ...lines] = readFileSync(join(dataDir, name), 'utf8').trimEnd().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'korus-update-'));
  dataDir = join(dir, 'data');
  cpSync(fileURLToPath(new URL('../../../data', import.meta.url)), dataDir, { recursive: true });
  snapshot = files();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run data:update on a Census country workbook', () => {
  it('changes nothing, and logs no revision, for a workbook equal to data/', async () => {
    const book = join(dir, 'country.xlsx');
    await writeWorkbook(book, censusRows(1985));
    const r = await updateData({ workbook: book, dataDir, date: DATE });
    expect(r.written).toEqual([]);
    expect(r.revisions).toEqual([]);
    expect(files()).toEqual(snapshot);
  }, 30_000);

  it('takes a revised 2024 month and a new 2026-09: exactly those rows change, and the revision is logged', async () => {
    const rows = censusRows(2020);
    const y2024 = rows.find((r) => r.year === 2024)!;
    const y2026 = rows.find((r) => r.year === 2026)!;
    const oldMar = readCsv('korus-monthly.csv').find((r) => r.month === '2024-03')!;
    const oldYear = readCsv('korus-annual.csv').find((r) => r.year === '2024')!;
    // A revision of +12.3 million to March 2024 exports, carried into the year's total.
    y2024.EMAR = Number(oldMar.exports_musd) + 12.3;
    y2024.EYR = Number(oldYear.exports_musd) + 12.3;
    // September 2026: August's values again, standing in for the next release.
    y2026.ISEP = y2026.IAUG;
    y2026.ESEP = y2026.EAUG;
    const book = join(dir, 'country.xlsx');
    await writeWorkbook(book, rows);

    const r = await updateData({ workbook: book, dataDir, date: DATE, vintage: 'CENSUS_CTY_V202609' });
    expect(r.latest).toBe('2026-09');
    expect(r.newMonths).toEqual(['2026-09']);
    expect(r.changedMonths).toEqual(['2024-03']);
    expect(r.changedYears).toEqual(['2024']);

    const before = readCsv('korus-monthly.csv');
    const after = csvIn('korus-monthly.csv');
    expect(after).toHaveLength(before.length + 1);
    const differing = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i] && { ...before[i] }));
    expect(differing.map((d) => d.month)).toEqual(['2024-03', '2026-09']);
    const mar = after.find((d) => d.month === '2024-03')!;
    const newExports = (Number(oldMar.exports_musd) + 12.3).toFixed(1);
    expect(mar).toMatchObject({ exports_musd: newExports, imports_musd: oldMar.imports_musd, source_id: 'CENSUS_CTY_V202609' });
    expect(Number(mar.balance_musd)).toBeCloseTo(Number(newExports) - Number(oldMar.imports_musd), 6);
    expect(after.at(-1)).toMatchObject({
      month: '2026-09',
      exports_musd: before.at(-1)!.exports_musd,
      imports_musd: before.at(-1)!.imports_musd,
    });

    // korus-annual.csv: 2024 revised; 2026 stays out (nine months are not a year).
    const annualBefore = readCsv('korus-annual.csv');
    const annualAfter = csvIn('korus-annual.csv');
    expect(annualAfter.map((d) => d.year)).toEqual(annualBefore.map((d) => d.year));
    expect(annualAfter.filter((row, i) => JSON.stringify(row) !== JSON.stringify({ ...annualBefore[i] })).map((d) => d.year)).toEqual(['2024']);
    expect(annualAfter.find((d) => d.year === '2024')!.exports_musd).toBe((Number(oldYear.exports_musd) + 12.3).toFixed(1));

    // revisions.csv: the old and new value of each changed field; the new month is no revision.
    const log = csvIn('revisions.csv');
    expect(log.map((d) => [d.update_date, d.period, d.field])).toEqual([
      [DATE, '2024-03', 'exports_musd'],
      [DATE, '2024-03', 'balance_musd'],
      [DATE, '2024', 'exports_musd'],
      [DATE, '2024', 'balance_musd'],
    ]);
    expect(log[0]).toMatchObject({ old: oldMar.exports_musd, new: newExports });
    expect(log[1]).toMatchObject({ old: oldMar.balance_musd, new: mar.balance_musd });

    const meta = new Map(csvIn('series-meta.csv').map((d) => [d.key, d.value]));
    expect(meta.get('census_latest_month')).toBe('2026-09');
    expect(meta.get('census_vintage')).toBe('CENSUS_CTY_V202609');
    expect(csvIn('sources.csv').some((s) => s.source_id === 'CENSUS_CTY_V202609')).toBe(true);

    // The result is data gen-data accepts (consecutive months, complete years only, sources known).
    const gen = spawnSync(process.execPath, [fileURLToPath(new URL('../../../scripts/gen-data.mjs', import.meta.url))], {
      env: { ...process.env, KORUS_DATA_DIR: dataDir, KORUS_GEN_OUT: join(dir, 'out') },
      encoding: 'utf8',
    });
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
  }, 30_000);

  const broken: [string, (rows: Row[]) => { rows: Row[]; header?: string[] }, RegExp][] = [
    [
      'another layout (IJAN where year should be)',
      (rows) => ({ rows, header: ['IJAN', ...CENSUS_HEADER.filter((h) => h !== 'IJAN')] }),
      /cell A1: expected the header "year".*found "IJAN"/,
    ],
    [
      'a missing column (no EYR)',
      (rows) => ({ rows, header: CENSUS_HEADER.slice(0, -1) }),
      /cell AC1: expected the header "EYR".*found an empty cell/,
    ],
    ['no row for code 5800', (rows) => ({ rows: rows.map((r) => ({ ...r, CTY_CODE: 5700 })) }), /no row has CTY_CODE 5800/],
    [
      'a non-number',
      (rows) => {
        rows[1].EFEB = 'n/a';
        return { rows };
      },
      // Header, Japan, 2024, then 2025 on row 4; EFEB is column Q.
      /cell Q4: "n\/a" is not a number/,
    ],
    [
      'a month out of order (May given, April empty)',
      (rows) => {
        const last = rows.at(-1)!;
        last.IAPR = null;
        last.EAPR = null;
        return { rows };
      },
      /cell T5: 2026-05 has values but an earlier month \(after 2026-03\) is empty: months out of order/,
    ],
    [
      'a year missing between two others',
      (rows) => ({ rows: rows.filter((r) => r.year !== 2025) }),
      /cell A4: no row for 2025 with code 5800 between 2024 and 2026/,
    ],
    [
      'an annual total that is not the sum of its months',
      (rows) => {
        rows[0].IYR = Number(rows[0].IYR) + 100;
        return { rows };
      },
      /cell AB3: .* is not the sum of 2024's months/,
    ],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`refuses ${what}, naming the cell, and writes nothing`, async () => {
      const { rows, header } = breakIt(censusRows(2024));
      const book = join(dir, 'country.xlsx');
      await writeWorkbook(book, rows, header);
      await expect(updateData({ workbook: book, dataDir, date: DATE })).rejects.toThrow(message);
      expect(files()).toEqual(snapshot);
    }, 30_000);
  }

  it('runs as npm run data:update -- FILE --data-dir DIR, and says nothing was written when it refuses', async () => {
    const rows = censusRows(2025);
    rows[0].EJAN = 'x';
    const book = join(dir, 'country.xlsx');
    await writeWorkbook(book, rows);
    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('../../../scripts/data-update.mjs', import.meta.url)), book, '--data-dir', dataDir],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cell P3: "x" is not a number\. Nothing in data\/ was written\./);
    expect(files()).toEqual(snapshot);
  }, 30_000);
});
