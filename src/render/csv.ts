import type { TableModel } from '../frame/view-model.js';

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** Table cells that are numbers as shown: "43.5", "−13.2", "+1.9", "1,315", "+23.3%". */
const NUMBER = /^[+\u2212-]?\d[\d,]*(\.\d+)?%?$/;

/**
 * The chart's table as CSV (RFC 4180): numeric columns carry their unit in the header and plain
 * numbers in the cells ("−13.2" becomes -13.2); the caption and the source line follow after a
 * blank line, so a spreadsheet keeps where the numbers came from.
 */
export function tableCSV(table: TableModel, unit: string, source: string): string {
  const kind = table.columns.map((_, i) =>
    i > 0 && table.rows.every((r) => NUMBER.test(r.cells[i]))
      ? table.rows.every((r) => r.cells[i].endsWith('%'))
        ? '%'
        : unit
      : '',
  );
  const header = table.columns.map((c, i) => (kind[i] ? `${c} (${kind[i]})` : c));
  // One minus sign throughout the file, the ASCII one that spreadsheets read, in text cells too.
  const cell = (c: string, i: number) => (kind[i] ? c.replace(/[,%+]/g, '') : c).replace(/\u2212/g, '-');
  const rows = [header, ...table.rows.map((r) => r.cells.map(cell)), [], [table.caption], [source]];
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
