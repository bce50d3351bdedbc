// Generates src/data/generated/embedded.ts from data/*.csv, so the bundles carry the
// official figures without a network request and nobody copies a number by hand.
// Run by `npm run build`, `npm test` and `npm install` (prepare). Columnar arrays keep
// the embedded module small; test/unit/data/generated.test.ts proves it equals the CSVs.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// KORUS_DATA_DIR / KORUS_GEN_OUT point the script at another data/ and output folder (tests).
const dataDir = process.env.KORUS_DATA_DIR ?? join(root, 'data');
const outDir = process.env.KORUS_GEN_OUT ?? join(root, 'src/data/generated');
const read = (name) => csvParse(readFileSync(join(dataDir, name), 'utf8'));
const num = (s, what) => {
  const n = Number(s);
  if (s === '' || !Number.isFinite(n)) throw new Error(`gen-data: ${what} is not a number: "${s}"`);
  return n;
};

function consecutive(rows, key, file) {
  const first = num(rows[0][key], `${file} first year`);
  rows.forEach((r, i) => {
    if (num(r[key], `${file} year`) !== first + i)
      throw new Error(`gen-data: ${file} years must be consecutive (row ${i + 2})`);
  });
  return first;
}

const annual = read('korus-annual.csv');
// Must match src/data/embedded.ts.
const balanceOf = (e, i, residualTenths) => Math.round((e - i) * 10 + residualTenths) / 10;
// The balance differs from exports − imports only by rounding (data/ computed it before
// rounding), so the modules keep that difference in tenths of a million: mostly 0 or ±1.
const residualOf = (r, what) => {
  const [e, i, b] = [
    num(r.exports_musd, `${what} exports`),
    num(r.imports_musd, `${what} imports`),
    num(r.balance_musd, `${what} balance`),
  ];
  const residual = Math.round((b - (e - i)) * 10);
  if (balanceOf(e, i, residual) !== b) throw new Error(`gen-data: balance ${what} does not round-trip`);
  return residual;
};
const annualSources = [...new Set(annual.map((r) => r.source_id))];
const ANNUAL = {
  firstYear: consecutive(annual, 'year', 'korus-annual.csv'),
  exportsMusd: annual.map((r) => num(r.exports_musd, `${r.year} exports`)),
  importsMusd: annual.map((r) => num(r.imports_musd, `${r.year} imports`)),
  balanceResidualTenths: annual.map((r) => residualOf(r, r.year)),
  sourceIds: annualSources,
  sourceIndex: annual.map((r) => annualSources.indexOf(r.source_id)),
  // Runs of years from one Census release, with the year it was published (the V<year> of its id).
  vintages: annual.reduce((runs, r) => {
    const published = /^CENSUS_CTY_V(\d{4})/.exec(r.source_id)?.[1];
    if (!published) throw new Error(`gen-data: korus-annual.csv ${r.year}: ${r.source_id} is not a Census release id`);
    const last = runs.at(-1);
    if (last?.published === published && last.to === +r.year - 1) last.to = +r.year;
    else runs.push({ from: +r.year, to: +r.year, published });
    return runs;
  }, []),
};

// data/korus-monthly.csv: consecutive months; each complete year's months sum to its row in
// korus-annual.csv (to rounding), and a year with fewer than 12 months (2026 so far) has no row there.
const monthly = read('korus-monthly.csv');
const monthIndex = (s, row) => {
  const m = /^(\d{4})-(\d{2})$/.exec(s ?? '');
  if (!m || +m[2] < 1 || +m[2] > 12) throw new Error(`gen-data: korus-monthly.csv row ${row}: "${s}" is not YYYY-MM`);
  return +m[1] * 12 + (+m[2] - 1);
};
const firstMonth = monthIndex(monthly[0].month, 2);
monthly.forEach((r, i) => {
  if (monthIndex(r.month, i + 2) !== firstMonth + i)
    throw new Error(`gen-data: korus-monthly.csv months must be consecutive (row ${i + 2}, ${r.month})`);
});
const monthSources = [...new Set(monthly.map((r) => r.source_id))];
const MONTHLY = {
  firstMonth: monthly[0].month,
  exportsMusd: monthly.map((r) => num(r.exports_musd, `${r.month} exports`)),
  importsMusd: monthly.map((r) => num(r.imports_musd, `${r.month} imports`)),
  balanceResidualTenths: monthly.map((r) => residualOf(r, r.month)),
  sourceIds: monthSources,
  sourceIndex: monthly.map((r) => monthSources.indexOf(r.source_id)),
};
// Monthly values are rounded to 0.1 million, so twelve of them can miss the annual total by a few tenths.
const SUM_TOLERANCE_MUSD = 0.5;
const monthsOfYear = new Map();
for (const r of monthly) {
  const year = r.month.slice(0, 4);
  if (!monthsOfYear.has(year)) monthsOfYear.set(year, []);
  monthsOfYear.get(year).push(r);
}
const annualYears = new Set(annual.map((r) => r.year));
for (const [year, rows] of monthsOfYear) {
  if (rows.length < 12) {
    if (annualYears.has(year))
      throw new Error(
        `gen-data: ${year} has only ${rows.length} months in korus-monthly.csv but a row in korus-annual.csv`,
      );
    continue;
  }
  const a = annual.find((r) => r.year === year);
  if (!a) throw new Error(`gen-data: ${year} is complete in korus-monthly.csv but missing from korus-annual.csv`);
  for (const f of ['exports_musd', 'imports_musd', 'balance_musd']) {
    const sum = rows.reduce((t, r) => t + num(r[f], f), 0);
    if (Math.abs(sum - num(a[f], f)) > SUM_TOLERANCE_MUSD)
      throw new Error(`gen-data: ${year} ${f}: months sum to ${sum.toFixed(1)}, korus-annual.csv has ${a[f]}`);
  }
}

// The latest month, and when its year is partial, that year's exports to date with the same months
// of the year before (sums in tenths of a million, as the CSV's precision): the yearly charts end
// with the last complete year and say in the footer what the months since show.
const lastMonth = monthly.at(-1).month;
const lastOfYear = +lastMonth.slice(5);
const sumExports = (year) =>
  monthly
    .filter((r) => r.month.slice(0, 4) === String(year) && +r.month.slice(5) <= lastOfYear)
    .reduce((t, r) => t + Math.round(num(r.exports_musd, 'exports') * 10), 0) / 10;
// And the exports of the 12 months to the latest month (the annual rate now): export-promise's
// latest point after the last complete year.
const last12 = monthly.slice(-12).reduce((t, r) => t + Math.round(num(r.exports_musd, 'exports') * 10), 0) / 10;
const LATEST = {
  month: lastMonth,
  ...(lastOfYear < 12
    ? { toDate: [sumExports(+lastMonth.slice(0, 4) - 1), sumExports(+lastMonth.slice(0, 4))], last12 }
    : {}),
};

const cpi = read('cpi-u-annual.csv');
const CPI = {
  firstYear: consecutive(cpi, 'year', 'cpi-u-annual.csv'),
  values: cpi.map((r) => num(r.cpi_u_annual_avg, 'cpi')),
  sourceIds: [...new Set(cpi.map((r) => r.source_id))],
  // Years whose average is of fewer than 12 monthly indexes (BLS published no index for a month).
  partialMonths: Object.fromEntries(
    cpi
      .filter((r) => num(r.months_in_average, 'months') !== 12)
      .map((r) => [r.year, num(r.months_in_average, 'months')]),
  ),
};

// The facts the charts draw or cite; the rest of korus-facts.csv stays in data/ only.
const EMBEDDED_FACT_IDS = new Set([
  'obama2010_exports_promise',
  'usitc2007_us_exports_gain_low',
  'usitc2007_us_exports_gain_high',
  'usitc2007_baseline_year',
  'ustr2017_goods_deficit_2011',
  'ustr2017_goods_deficit_2016',
  'ustr_goods_exports_2011',
  'ustr_goods_exports_2016',
  't_2007_signing',
  't_2012_entry_into_force',
  't_2019_amendment_in_force',
]);
const FACTS = read('korus-facts.csv')
  .filter((r) => EMBEDDED_FACT_IDS.has(r.id))
  .map((r) => ({
    id: r.id,
    kind: r.kind,
    date: r.date,
    value: r.value === '' ? null : num(r.value, `fact ${r.id}`),
    // The first source named is the primary one; the others stay in data/korus-facts.csv.
    sourceId: r.source_id.split(';')[0],
  }));
if (FACTS.length !== EMBEDDED_FACT_IDS.size)
  throw new Error('gen-data: an embedded fact id is missing from korus-facts.csv');

// Figures USTR and the USITC published that differ from today's Census values beyond rounding
// (a full-precision figure since revised, or one that shows differently at the tenth of a
// billion): the before-after chart notes them where it shows those years.
const tenths = (m) => Math.sign(m) * Math.round(Math.abs(m) / 100);
const EARLIER = read('korus-annual-alternates.csv')
  .filter((r) => /^(USTR|USITC)_/.test(r.source_id))
  .map((r) => ({
    year: +r.year,
    metric: r.metric,
    musd: num(r.reported_value_musd, `alternate ${r.year}`),
    official: num(r.official_value_musd, `alternate ${r.year}`),
    by: r.source_id.split('_')[0],
  }))
  .filter((r) => (r.musd % 100 !== 0 && Math.abs(r.musd - r.official) >= 1) || tenths(r.musd) !== tenths(r.official))
  .map(({ official, ...r }) => {
    // Exports and imports must cite today's value as official (the balance is derived from them).
    const today = ANNUAL[`${r.metric}Musd`]?.[r.year - ANNUAL.firstYear];
    if (r.metric !== 'balance' && today !== official)
      throw new Error(
        `gen-data: korus-annual-alternates.csv ${r.year} ${r.metric}: official ${official} is not korus-annual.csv's ${today}`,
      );
    return r;
  });
const used = new Set([...annualSources, ...monthSources, ...CPI.sourceIds, ...FACTS.map((f) => f.sourceId)]);
const SOURCES = Object.fromEntries(
  read('sources.csv')
    .filter((s) => used.has(s.source_id))
    .map((s) => [s.source_id, { publisher: s.publisher, url: s.url.split(' ')[0] }]),
);
for (const id of used) if (!SOURCES[id]) throw new Error(`gen-data: source ${id} is not in data/sources.csv`);

const SERIES = Object.fromEntries(read('series-meta.csv').map((r) => [r.key, r.value]));
if (SERIES.census_latest_month !== monthly.at(-1).month)
  throw new Error(
    `gen-data: series-meta.csv census_latest_month is ${SERIES.census_latest_month}, korus-monthly.csv ends ${monthly.at(-1).month}`,
  );
if (SERIES.census_vintage !== monthly.at(-1).source_id)
  throw new Error(
    `gen-data: series-meta.csv census_vintage is ${SERIES.census_vintage}, the latest month's source is ${monthly.at(-1).source_id}`,
  );

const out = join(outDir, 'embedded.ts');
mkdirSync(dirname(out), { recursive: true });
const j = (v) => JSON.stringify(v);
writeFileSync(
  out,
  `// Generated by scripts/gen-data.mjs from data/*.csv. Do not edit.
import type { EmbeddedAnnual, EmbeddedCpi, EmbeddedEarlier, EmbeddedFact, EmbeddedLatest, EmbeddedSource } from '../types.js';

/** data/korus-annual.csv: U.S. trade in goods with Korea, South (Census code 5800), millions of nominal USD. */
export const ANNUAL: EmbeddedAnnual = ${j(ANNUAL)};

/** data/korus-monthly.csv's latest month; for a partial year, its exports to date against the same months a year before, and the exports of the 12 months to it. */
export const LATEST: EmbeddedLatest = ${j(LATEST)};

/** data/cpi-u-annual.csv: BLS CPI-U annual averages, 1982-84=100. */
export const CPI: EmbeddedCpi = ${j(CPI)};

/** The ids of the embedded facts. */
export type FactId = ${FACTS.map((f) => j(f.id)).join(' | ')};

/**
 * data/korus-facts.csv without the long labels, by id. Code reads a fact by its name
 * (\`FACT.t_2012_entry_into_force\`), so a bundle carries only the facts and fields it reads.
 */
export const FACT: Readonly<Record<FactId, Omit<EmbeddedFact, 'id'>>> = ${j(Object.fromEntries(FACTS.map(({ id, ...f }) => [id, f])))};

/** Every embedded fact, in korus-facts.csv's order. */
export const FACTS: readonly EmbeddedFact[] = /* @__PURE__ */ Object.entries(FACT).map(([id, f]) => ({ id, ...f }));

/** data/korus-annual-alternates.csv: USTR and USITC figures that differ from today's Census values. */
export const EARLIER: readonly EmbeddedEarlier[] = ${j(EARLIER)};

/** data/sources.csv, the sources the embedded data cite. */
export const SOURCES: Readonly<Record<string, EmbeddedSource>> = ${j(SOURCES)};

/** data/series-meta.csv */
export const SERIES: Readonly<Record<string, string>> = ${j(SERIES)};
`,
);
// The monthly series is not embedded in the annual module: no bundle imports it yet, and the
// charts are to load it on first use beside the bundle (as dist/ko.js), so the bundles do not grow.
const outMonthly = join(outDir, 'monthly.ts');
writeFileSync(
  outMonthly,
  `// Generated by scripts/gen-data.mjs from data/korus-monthly.csv. Do not edit.
import type { EmbeddedMonthly } from '../types.js';

/** data/korus-monthly.csv: the same Census series by month, millions of nominal USD. */
export const MONTHLY: EmbeddedMonthly = ${j(MONTHLY)};
`,
);
console.log(
  `gen-data: wrote ${relative(root, out)} (${ANNUAL.exportsMusd.length} years, ${FACTS.length} facts) and ${relative(root, outMonthly)} (${MONTHLY.exportsMusd.length} months, to ${monthly.at(-1).month})`,
);
