import type { DataError } from '../data/errors.js';

/** "line 4, column exports: " in the locale, or '' when the error has no position. */
export function where(e: DataError, line: (n: number) => string, column: (c: string) => string): string {
  const parts = [e.line !== undefined ? line(e.line) : '', e.column !== undefined ? column(e.column) : ''].filter(
    Boolean,
  );
  return parts.join(', ');
}
