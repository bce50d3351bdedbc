// npm run data:update -- path/to/country.xlsx [--data-dir DIR] [--date YYYY-MM-DD] [--vintage ID]
//
// Reads the Census Bureau's country workbook (https://www.census.gov/foreign-trade/balance/country.xlsx:
// header row year, CTY_CODE, CTY_NAME, IJAN…IDEC, EJAN…EDEC, IYR, EYR, millions of dollars), takes
// Korea, South (CTY_CODE 5800) and rewrites data/korus-monthly.csv, data/korus-annual.csv (complete
// years only) and the series' latest month and vintage in data/series-meta.csv. Every value that
// changed is appended to data/revisions.csv (update date, period, field, old, new), so a revision is
// never silent. A workbook it cannot read exactly is refused with a message naming the cell, and then
// nothing in data/ is written: every file is written to a temporary name first and renamed at the end.
// `npm run build` then regenerates the embedded modules from data/ as usual (scripts/gen-data.mjs).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormat, csvFormatBody, csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const CENSUS_HEADER = [
  'year',
  'CTY_CODE',
  'CTY_NAME',
  ...MONTHS.map((m) => `I${m}`),
  ...MONTHS.map((m) => `E${m}`),
  'IYR',
  'EYR',
];
const KOREA = 5800;
const FIELDS = ['exports_musd', 'imports_musd', 'balance_musd'];
/** Twelve rounded months can miss the workbook's own annual total by a few tenths of a million. */
const SUM_TOLERANCE_MUSD = 0.5;

export class UpdateError extends Error {
  name = 'UpdateError';
}

/** Half up to 0.1 million, as data/SOURCES.md says the Census values were rounded. */
const round1 = (x) => (Math.sign(x) * Math.floor(Math.abs(x) * 10 + 0.5 + 1e-9)) / 10;
const fixed = (x) => (Object.is(x, -0) ? 0 : x).toFixed(1);
const colName = (n) =>
  n <= 26 ? String.fromCharCode(64 + n) : colName(Math.floor((n - 1) / 26)) + colName(((n - 1) % 26) + 1);

/** A cell's value as a number; undefined when empty; UpdateError naming the cell otherwise. */
function cellNumber(cell, where) {
  let v = cell.value;
  if (v !== null && typeof v === 'object' && 'result' in v) v = v.result; // a formula's cached value
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(v)) return Number(v);
  const shown = typeof v === 'object' ? JSON.stringify(v) : String(v);
  throw new UpdateError(`${where(cell.address)}: ${JSON.stringify(shown.slice(0, 40))} is not a number`);
}

/**
 * The workbook's rows for code 5800 -> { months: [{month, exports, imports}], years: Map(year -> {exports, imports}) }
 * in millions of dollars as the workbook has them (unrounded). Throws UpdateError naming the cell.
 */
export async function readCensusWorkbook(path) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new UpdateError(`${basename(path)} is not an .xlsx workbook that can be read (${e.message})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new UpdateError(`${basename(path)} has no worksheet`);
  const where = (address) => `${basename(path)}, sheet "${sheet.name}", cell ${address}`;
  const header = sheet.getRow(1);
  CENSUS_HEADER.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    const found = cell.value === null || cell.value === undefined ? '' : String(cell.value).trim();
    if (found.toLowerCase() !== name.toLowerCase())
      throw new UpdateError(
        `${where(cell.address)}: expected the header "${name}" (the Census layout: ${CENSUS_HEADER.join(', ')}), found ${found === '' ? 'an empty cell' : `"${found}"`}`,
      );
  });
  const extra = header.getCell(CENSUS_HEADER.length + 1);
  if (extra.value !== null && extra.value !== undefined && String(extra.value).trim() !== '')
    throw new UpdateError(`${where(extra.address)}: unexpected column "${String(extra.value).trim()}" after EYR`);

  const col = Object.fromEntries(CENSUS_HEADER.map((n, i) => [n, i + 1]));
  const rows = [];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const code = cellNumber(row.getCell(col.CTY_CODE), where);
    if (code === KOREA) rows.push(row);
  });
  if (rows.length === 0)
    throw new UpdateError(
      `${basename(path)}, sheet "${sheet.name}": no row has CTY_CODE ${KOREA} (Korea, South) in column B`,
    );

  // The rows may come in either year order; each year once, with no year missing in between.
  const byYear = rows.map((row) => {
    const yearCell = row.getCell(col.year);
    const year = cellNumber(yearCell, where);
    if (year === undefined || !Number.isInteger(year) || year < 1900 || year > 2999)
      throw new UpdateError(`${where(yearCell.address)}: "${yearCell.value ?? ''}" is not a year`);
    return { row, year, address: yearCell.address };
  });
  byYear.sort((a, b) => a.year - b.year);
  byYear.forEach((r, i) => {
    const prev = byYear[i - 1];
    if (prev && r.year === prev.year)
      throw new UpdateError(
        `${where(r.address)}: a second row for ${r.year} with code ${KOREA} (the first is at ${prev.address})`,
      );
    if (prev && r.year !== prev.year + 1)
      throw new UpdateError(
        `${where(r.address)}: no row for ${prev.year + 1} with code ${KOREA} between ${prev.year} and ${r.year}`,
      );
  });

  const months = [];
  const years = new Map();
  let ended; // the last month published, once a year stops short of December
  for (const { row, year, address } of byYear) {
    if (ended) throw new UpdateError(`${where(address)}: year ${year} follows ${ended}, which is not a complete year`);
    let count = 0;
    MONTHS.forEach((m, k) => {
      const ic = row.getCell(col[`I${m}`]);
      const ec = row.getCell(col[`E${m}`]);
      const imports = cellNumber(ic, where);
      const exports = cellNumber(ec, where);
      if (imports === undefined && exports === undefined) {
        ended ??= `${year}-${String(k).padStart(2, '0')}`;
        return;
      }
      const missing = imports === undefined ? ic : exports === undefined ? ec : undefined;
      if (missing)
        throw new UpdateError(`${where(missing.address)}: empty, while the same month's other value is given`);
      if (ended)
        throw new UpdateError(
          `${where(ec.address)}: ${year}-${String(k + 1).padStart(2, '0')} has values but an earlier month (after ${ended}) is empty: months out of order`,
        );
      for (const [v, c] of [
        [imports, ic],
        [exports, ec],
      ])
        if (v < 0) throw new UpdateError(`${where(c.address)}: ${v} is negative`);
      months.push({ month: `${year}-${String(k + 1).padStart(2, '0')}`, exports, imports });
      count++;
    });
    if (count === 0) throw new UpdateError(`${where(row.getCell(col.IJAN).address)}: year ${year} has no months`);
    if (count === 12) {
      const iyr = row.getCell(col.IYR);
      const eyr = row.getCell(col.EYR);
      const total = { imports: cellNumber(iyr, where), exports: cellNumber(eyr, where) };
      for (const [field, cell] of [
        ['imports', iyr],
        ['exports', eyr],
      ]) {
        if (total[field] === undefined) throw new UpdateError(`${where(cell.address)}: empty; ${year} has 12 months`);
        const sum = months.slice(-12).reduce((t, m) => t + round1(m[field]), 0);
        if (Math.abs(sum - total[field]) > SUM_TOLERANCE_MUSD)
          throw new UpdateError(
            `${where(cell.address)}: ${total[field]} is not the sum of ${year}'s months (${fixed(sum)})`,
          );
      }
      years.set(year, total);
    }
  }
  return { months, years };
}

const readCsv = (dir, name) => csvParse(readFileSync(join(dir, name), 'utf8'));
const csvText = (rows, columns) => `${csvFormat(rows, columns)}\n`;

/**
 * Merges the workbook into dataDir. Values equal after rounding keep their row (and source) as
 * they are; a row whose exports or imports changed takes the new values and the vintage.
 * Returns what changed; writes nothing when nothing did.
 */
export async function updateData({ workbook, dataDir, date = new Date().toISOString().slice(0, 10), vintage }) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UpdateError(`--date "${date}" is not YYYY-MM-DD`);
  const book = await readCensusWorkbook(workbook);
  const latest = book.months.at(-1).month;
  vintage ??= `CENSUS_CTY_V${latest.replace('-', '')}`;

  const oldMonthly = readCsv(dataDir, 'korus-monthly.csv');
  const oldAnnual = readCsv(dataDir, 'korus-annual.csv');
  if (latest < oldMonthly.at(-1).month)
    throw new UpdateError(
      `${basename(workbook)} ends at ${latest}, before data/'s latest month ${oldMonthly.at(-1).month}: an older workbook?`,
    );
  const next = (m) => {
    const [y, k] = m.split('-').map(Number);
    return k === 12 ? `${y + 1}-01` : `${y}-${String(k + 1).padStart(2, '0')}`;
  };
  const first = book.months[0].month;
  if (first > next(oldMonthly.at(-1).month))
    throw new UpdateError(
      `${basename(workbook)} starts at ${first}, leaving a gap after data/'s latest month ${oldMonthly.at(-1).month}`,
    );
  const revisions = [];
  // Rows keyed by period: a new period is added, a revised one replaced; `changed` lists both in the
  // workbook's order, `added` and `revised` each kind.
  const merge = (oldRows, key, fresh) => {
    const byKey = new Map(oldRows.map((r) => [r[key], r]));
    const added = [];
    const revised = [];
    const changed = [];
    for (const [period, v] of fresh) {
      const row = {
        [key]: period,
        exports_musd: fixed(round1(v.exports)),
        imports_musd: fixed(round1(v.imports)),
        // Computed before rounding, as data/ does.
        balance_musd: fixed(round1(v.exports - v.imports)),
        source_id: vintage,
      };
      const old = byKey.get(period);
      if (old) {
        const same = (f) => Number(old[f]) === Number(row[f]);
        // Equal exports and imports keep their balance: a workbook rounded as data/ is cannot
        // restore the rounding residue, so a 0.1 difference there is no revision.
        if (
          same('exports_musd') &&
          same('imports_musd') &&
          Math.abs(Number(old.balance_musd) - Number(row.balance_musd)) < 0.15
        )
          continue;
        for (const f of FIELDS)
          if (!same(f)) revisions.push({ update_date: date, period, field: f, old: old[f], new: row[f] });
        revised.push(period);
      } else added.push(period);
      changed.push(period);
      byKey.set(period, row);
    }
    const rows = [...byKey.values()].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
    return { rows, added, revised, changed };
  };
  const monthly = merge(
    oldMonthly,
    'month',
    book.months.map((m) => [m.month, m]),
  );
  const annual = merge(
    oldAnnual,
    'year',
    [...book.years].map(([y, v]) => [String(y), v]),
  );
  // Complete years only: a year the workbook has only in part never gets an annual row.
  const partialYear = latest.endsWith('-12') ? undefined : latest.slice(0, 4);
  if (partialYear && annual.rows.some((r) => r.year === partialYear))
    throw new UpdateError(
      `data/korus-annual.csv has a row for ${partialYear}, which the workbook has only through ${latest}`,
    );

  const files = new Map();
  if (monthly.changed.length) files.set('korus-monthly.csv', csvText(monthly.rows, Object.keys(oldMonthly[0])));
  if (annual.changed.length) files.set('korus-annual.csv', csvText(annual.rows, Object.keys(oldAnnual[0])));
  if (files.size) {
    const meta = readCsv(dataDir, 'series-meta.csv');
    const set = (key, value, note) => {
      const row = meta.find((r) => r.key === key);
      if (row) row.value = value;
      else meta.push({ key, value, note });
    };
    set('census_data_as_of', latest.slice(0, 4));
    set('census_vintage', vintage, 'source_id of the newest Census copy used (data/sources.csv)');
    set(
      'census_latest_month',
      latest,
      'latest month in korus-monthly.csv; korus-annual.csv ends at the last complete year',
    );
    files.set('series-meta.csv', csvText(meta, ['key', 'value', 'note']));
    const sources = readCsv(dataDir, 'sources.csv');
    if (!sources.some((s) => s.source_id === vintage)) {
      sources.push({
        source_id: vintage,
        title: `U.S. Trade in Goods by Country, bulk file country.xlsx (code ${KOREA}), data through ${latest}`,
        publisher: 'U.S. Census Bureau',
        url: 'https://www.census.gov/foreign-trade/balance/country.xlsx',
        found_at: `${basename(workbook)}, read by npm run data:update on ${date}`,
      });
      files.set('sources.csv', csvText(sources, sources.columns));
    }
    const revisionsPath = join(dataDir, 'revisions.csv');
    let log;
    try {
      log = readFileSync(revisionsPath, 'utf8');
    } catch {
      log = 'update_date,period,field,old,new\n';
    }
    if (!log.endsWith('\n')) log += '\n';
    if (revisions.length)
      files.set(
        'revisions.csv',
        `${log}${csvFormatBody(revisions, ['update_date', 'period', 'field', 'old', 'new'])}\n`,
      );
  }
  // Everything is checked; now write each file beside its final name, then rename them all.
  const temps = [...files].map(([name, text]) => {
    const tmp = join(dataDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    return [tmp, join(dataDir, name)];
  });
  try {
    for (const [tmp, final] of temps) renameSync(tmp, final);
  } finally {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
  }
  return {
    latest,
    vintage,
    newMonths: monthly.added,
    changedMonths: monthly.revised,
    changedYears: annual.changed,
    revisions,
    written: [...files.keys()],
  };
}

function parseArgs(argv) {
  const opts = { dataDir: process.env.KORUS_DATA_DIR };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UpdateError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--data-dir') opts.dataDir = value();
    else if (a === '--date') opts.date = value();
    else if (a === '--vintage') opts.vintage = value();
    else if (a.startsWith('--')) throw new UpdateError(`unknown option ${a}`);
    else rest.push(a);
  }
  if (rest.length !== 1)
    throw new UpdateError(
      'usage: npm run data:update -- path/to/country.xlsx [--data-dir DIR] [--date YYYY-MM-DD] [--vintage ID]',
    );
  opts.workbook = rest[0];
  opts.dataDir ??= join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
  return opts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const r = await updateData(parseArgs(process.argv.slice(2)));
    if (r.written.length === 0) console.log(`data:update: nothing changed (data through ${r.latest})`);
    else
      console.log(
        `data:update: data through ${r.latest} (${r.vintage}); new months: ${r.newMonths.join(' ') || 'none'}; revised months: ${r.changedMonths.join(' ') || 'none'}; revised years: ${r.changedYears.join(' ') || 'none'}; ${r.revisions.length} values logged in revisions.csv; wrote ${r.written.join(', ')}. Run npm run build.`,
      );
  } catch (e) {
    if (!(e instanceof UpdateError)) throw e;
    console.error(`data:update: ${e.message}. Nothing in data/ was written.`);
    process.exit(1);
  }
}
