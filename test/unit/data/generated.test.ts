import { describe, expect, it } from 'vitest';
import { ANNUAL, CPI, FACTS, SERIES, SOURCES } from '../../../src/data/generated/embedded.js';
import { censusSeries, cpiFor, fact } from '../../../src/data/embedded.js';
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
    expect(censusSeries().source).toEqual({ kind: 'census', url: meta.get('census_page_url'), asOf: meta.get('census_data_as_of') });
  });
});
