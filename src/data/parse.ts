import { parseCsvRows } from './csv.js';
import { DataError } from './errors.js';
import { MAX_DATA_BYTES, MAX_DATA_ROWS } from './limits.js';

/** One record of a data file, with where it stood (CSV line, or JSON item number). */
export interface RawRow {
  line: number;
  values: Readonly<Record<string, unknown>>;
}

export interface ParsedTable {
  format: 'csv' | 'json';
  columns: readonly string[];
  rows: readonly RawRow[];
}

/**
 * Text of a CSV or JSON file -> records. Knows nothing of trade: validate.ts decides what the
 * columns mean. Throws DataError for a file that is not a table at all.
 */
export function parseTable(text: string, contentType = ''): ParsedTable {
  // Each character is at least one byte: a longer text is over the limit whatever its encoding.
  if (text.length > MAX_DATA_BYTES) throw tooLarge();
  // A byte-order mark would otherwise end up in the first column's name.
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') throw new DataError('empty');
  if (start.startsWith('<')) throw new DataError('html');
  if (/json/i.test(contentType) || start.startsWith('[') || start.startsWith('{')) return parseJson(body);
  return parseCsv(body);
}

/** The refusal of a file over MAX_DATA_BYTES. */
export const tooLarge = () => new DataError('too-large', { limit: `${MAX_DATA_BYTES / 1e6} MB` });

const tooManyRows = () => new DataError('too-many-rows', { limit: MAX_DATA_ROWS.toLocaleString('en-US') });

function parseCsv(text: string): ParsedTable {
  // The header and one row past the limit are enough to know a file is over it.
  const [header = [], ...body] = parseCsvRows(text, MAX_DATA_ROWS + 1);
  const columns = header.map((c) => c.trim());
  // Blank lines (an empty single field) carry no data.
  const rows = body.map((cells, i) => ({ cells, line: i + 2 })).filter((r) => !(r.cells.length === 1 && r.cells[0].trim() === ''));
  if (rows.length === 0) throw new DataError('header-only', { columns: columns.join(', ') });
  if (rows.length > MAX_DATA_ROWS) throw tooManyRows();
  // Header is line 1; rows follow. Quoted multi-line cells are rare in numeric tables and
  // would only shift the reported line.
  return {
    format: 'csv',
    columns,
    rows: rows.map(({ cells, line }) => ({ line, values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) })),
  };
}

function parseJson(text: string): ParsedTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError('json-syntax', { detail: (e as Error).message });
  }
  return tableOf(value);
}

/**
 * A JSON value (a file's, or the `data` property) -> records: an array of objects, one per row.
 * Column names are the objects' keys, trimmed, as a CSV header's are.
 */
export function tableOf(value: unknown): ParsedTable {
  if (!Array.isArray(value)) throw new DataError('json-not-array', { found: kindOf(value) });
  if (value.length === 0) throw new DataError('empty');
  if (value.length > MAX_DATA_ROWS) throw tooManyRows();
  const columns = new Set<string>();
  const rows: RawRow[] = [];
  // A loop over every index: a hole in the array is a row that is not an object, never skipped.
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const line = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new DataError('json-not-object', { found: kindOf(item) }, { line });
    }
    // No prototype: a key "__proto__" (JSON.parse makes it an own key) stays a column, not a parent.
    const values: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(item)) {
      const column = k.trim();
      if (Object.prototype.hasOwnProperty.call(values, column)) {
        throw new DataError('duplicate-column', { column }, { line });
      }
      values[column] = v;
      columns.add(column);
    }
    rows.push({ line, values });
  }
  return { format: 'json', columns: [...columns], rows };
}

/** What kind of JSON value `v` is, for a refusal: null, array, object, string, number… */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
