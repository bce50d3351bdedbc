import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANNUAL, CPI, FACTS, SERIES, SOURCES } from '../../../src/data/generated/embedded.js';
import { MONTHLY } from '../../../src/data/generated/monthly.js';
import { censusLatest, censusSeries, cpiFor, fact } from '../../../src/data/embedded.js';
import { monthsFromColumns } from '../../../src/data/months.js';
import { readCsv } from '../csv.js';

describe('the embedded module generated from data/', () => {
  it('holds every row of korus-annual.csv with exports, imports, balance and source unchanged', () => {
    const rows = readCsv('korus-annual.csv');
    expect(ANNUAL.exportsMusd).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      expect(ANNUAL.firstYear + i).toBe(Number(r.year));
      expect(ANNUAL.exportsMusd[i]).toBe(Number(r.exports_musd));
      expect(ANNUAL.importsMusd[i]).toBe(Number(r.imports_musd));
      expect(ANNUAL.sourceIds[ANNUAL.sourceIndex[i]]).toBe(r.source_id);
    });
  });

  it('censusSeries() returns the same years, 1985 to 2025, with no gaps', () => {
    const rows = readCsv('korus-annual.csv');
    const years = censusSeries().years;
    expect(years.map((d) => d.year)).toEqual(rows.map((r) => Number(r.year)));
    expect(years[0].year).toBe(1985);
    expect(years.at(-1)!.year).toBe(2025);
    years.forEach((d, i) => expect(d.balanceMusd).toBe(Number(rows[i].balance_musd)));
  });

  it('holds every CPI-U annual average', () => {
    const rows = readCsv('cpi-u-annual.csv');
    rows.forEach((r) => expect(cpiFor(Number(r.year))).toBe(Number(r.cpi_u_annual_avg)));
    expect(CPI.values).toHaveLength(rows.length);
    expect(cpiFor(1984)).toBeUndefined();
  });

  it('copies each embedded fact from korus-facts.csv with its date, value and primary source', () => {
    const rows = new Map(readCsv('korus-facts.csv').map((r) => [r.id, r]));
    expect(FACTS.length).toBeGreaterThanOrEqual(11);
    for (const f of FACTS) {
      const r = rows.get(f.id)!;
      expect(r, f.id).toBeDefined();
      expect(f.date).toBe(r.date);
      expect(f.kind).toBe(r.kind);
      expect(f.value).toBe(r.value === '' ? null : Number(r.value));
      expect(f.sourceId).toBe(r.source_id.split(';')[0]);
    }
    expect(fact('obama2010_exports_promise').value).toBe(11);
    expect(fact('t_2012_entry_into_force').date).toBe('2012-03-15');
  });

  it('has a URL from sources.csv for every source it cites, and the Census page from series-meta.csv', () => {
    const sources = new Map(readCsv('sources.csv').map((r) => [r.source_id, r]));
    const cited = [...ANNUAL.sourceIds, ...CPI.sourceIds, ...FACTS.map((f) => f.sourceId)];
    for (const id of cited) {
      expect(SOURCES[id], id).toBeDefined();
      expect(sources.get(id)!.url.startsWith(SOURCES[id].url)).toBe(true);
    }
    const meta = new Map(readCsv('series-meta.csv').map((r) => [r.key, r.value]));
    expect(SERIES.census_page_url).toBe(meta.get('census_page_url'));
    expect(censusSeries().source).toMatchObject({ kind: 'census', url: meta.get('census_page_url') });
  });

  it("says how fresh the series is: its last year, and the year each run of years was published (the release's V<year>)", () => {
    const rows = readCsv('korus-annual.csv');
    const source = censusSeries().source;
    if (source.kind !== 'census') throw new Error('expected the Census source');
    expect(source.asOf.through).toBe(Number(rows.at(-1)!.year));
    // Every year is in exactly one run, in order, and its run's published year is its release's.
    const runOf = (year: number) => source.asOf.vintages.filter((v) => v.from <= year && year <= v.to);
    for (const r of rows) {
      const runs = runOf(Number(r.year));
      expect(runs, r.year).toHaveLength(1);
      expect(r.source_id.startsWith(`CENSUS_CTY_V${runs[0].published}`), r.year).toBe(true);
    }
    expect(source.asOf.vintages[0].from).toBe(Number(rows[0].year));
  });
});

describe('the monthly module generated from data/korus-monthly.csv', () => {
  it('holds every month with exports, imports, balance and source unchanged, consecutively', () => {
    const rows = readCsv('korus-monthly.csv');
    expect(MONTHLY.exportsMusd).toHaveLength(rows.length);
    // Decoded as the charts decode it (src/data/months.ts).
    const months = monthsFromColumns(MONTHLY);
    rows.forEach((r, i) => {
      expect(months[i].month).toBe(r.month);
      expect(months[i].exportsMusd).toBe(Number(r.exports_musd));
      expect(months[i].importsMusd).toBe(Number(r.imports_musd));
      expect(months[i].balanceMusd).toBe(Number(r.balance_musd));
      expect(MONTHLY.sourceIds[MONTHLY.sourceIndex[i]]).toBe(r.source_id);
    });
  });

  it('names the latest month and its vintage in series-meta.csv, and cites a source in sources.csv', () => {
    const rows = readCsv('korus-monthly.csv');
    const meta = new Map(readCsv('series-meta.csv').map((r) => [r.key, r.value]));
    expect(meta.get('census_latest_month')).toBe(rows.at(-1)!.month);
    expect(meta.get('census_vintage')).toBe(rows.at(-1)!.source_id);
    expect(SERIES.census_latest_month).toBe(rows.at(-1)!.month);
    const sources = new Set(readCsv('sources.csv').map((r) => r.source_id));
    for (const id of MONTHLY.sourceIds) expect(sources.has(id), id).toBe(true);
  });

  it('censusLatest() gives the latest month and the exports of its partial year so far and of the same months a year before', () => {
    const rows = readCsv('korus-monthly.csv');
    const latest = censusLatest();
    const month = rows.at(-1)!.month;
    expect(latest.month).toBe(month);
    const upTo = month.slice(5);
    const sum = (year: number) =>
      rows
        .filter((r) => r.month.startsWith(`${year}-`) && r.month.slice(5) <= upTo)
        .reduce((a, r) => a + Number(r.exports_musd), 0);
    const year = Number(month.slice(0, 4));
    expect(latest.toDate![0]).toBeCloseTo(sum(year - 1), 6);
    expect(latest.toDate![1]).toBeCloseTo(sum(year), 6);
    // January–August 2026 against January–August 2025, as issue 19 gives them: $45.3B and $55.0B.
    expect(latest.toDate!.map((m) => (m / 1000).toFixed(1))).toEqual(['45.3', '55.0']);
  });

  it('korus-annual.csv holds complete years only: a year with fewer than 12 months is never a full year', () => {
    const months = readCsv('korus-monthly.csv');
    const count = new Map<string, number>();
    for (const r of months) count.set(r.month.slice(0, 4), (count.get(r.month.slice(0, 4)) ?? 0) + 1);
    const annual = new Set(readCsv('korus-annual.csv').map((r) => r.year));
    for (const [year, n] of count) expect(annual.has(year), `${year} (${n} months)`).toBe(n === 12);
    // The data this issue carries: through August 2026, so 2026 is partial.
    expect(months.at(-1)!.month).toBe('2026-08');
    expect(count.get('2026')).toBe(8);
  });

  it('gen-data refuses a partial year in korus-annual.csv and a stale latest month', () => {
    const dir = mkdtempSync(join(tmpdir(), 'korus-gen-'));
    try {
      cpSync(new URL('../../../data', import.meta.url), join(dir, 'data'), { recursive: true });
      const run = () =>
        spawnSync(process.execPath, [fileURLToPath(new URL('../../../scripts/gen-data.mjs', import.meta.url))], {
          env: { ...process.env, KORUS_DATA_DIR: join(dir, 'data'), KORUS_GEN_OUT: join(dir, 'out') },
          encoding: 'utf8',
        });
      expect(run().status).toBe(0);
      const annualPath = join(dir, 'data', 'korus-annual.csv');
      const annual = readFileSync(annualPath, 'utf8');
      writeFileSync(annualPath, `${annual}2026,55017.4,110073.4,-55056.0,CENSUS_CTY_V2026B\n`);
      expect(run().stderr).toContain('2026 has only 8 months in korus-monthly.csv but a row in korus-annual.csv');
      writeFileSync(annualPath, annual);
      const metaPath = join(dir, 'data', 'series-meta.csv');
      writeFileSync(metaPath, readFileSync(metaPath, 'utf8').replace('census_latest_month,2026-08', 'census_latest_month,2026-07'));
      expect(run().stderr).toContain('census_latest_month is 2026-07, korus-monthly.csv ends 2026-08');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
