/**
 * RFC 4180 CSV -> rows of fields: quoted fields, doubled quotes inside them, commas and line
 * breaks inside quotes, and LF, CRLF or CR line ends. A trailing line break adds no row.
 *
 * Why not d3-dsv: its `csvParse` builds a row function with `new Function`, which a strict
 * Content-Security-Policy blocks, and even `csvParseRows` ships that code in the bundle
 * (d3/d3-dsv#65, #108). Tests check this parser against d3-dsv's on random input.
 *
 * Stops once it holds more than `maxRows` rows that are not blank lines, so a caller with a limit
 * learns the file is over it without reading the rest.
 */
export function parseCsvRows(text: string, maxRows = Infinity): string[][] {
  let counted = 0;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let j = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // Unclosed quote: the rest of the text is the field, as d3-dsv reads it.
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is dropped, as d3-dsv does.
      i = j;
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
    } else {
      let j = i;
      while (j < n && !isDelimiter(text.charCodeAt(j))) j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i++);
    if (c === 44 /* , */) continue;
    if (c === 13 && text.charCodeAt(i) === 10) i++; // CRLF
    rows.push(row);
    if (!(row.length === 1 && row[0].trim() === '') && ++counted > maxRows) return rows;
    row = [];
    if (i >= n) return rows;
  }
}

function isDelimiter(c: number): boolean {
  return c === 44 || c === 10 || c === 13;
}
