import { DataError } from './errors.js';
import type { TradeYear } from './types.js';

export interface Span {
  from: number;
  to: number;
  years: TradeYear[];
}

/**
 * The years a chart shows. `from`/`to` left unset default to `defaultFrom` (or the data's first
 * year, whichever is later) and the data's last year; set ones are kept as given, so a span
 * reaching past the data shows what there is. Throws DataError for a reversed or empty span.
 */
export function resolveSpan(
  all: readonly TradeYear[],
  from: number | undefined,
  to: number | undefined,
  defaultFrom: number,
): Span {
  const first = all[0].year;
  const last = all[all.length - 1].year;
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 1000 || v > 9999)) {
      throw new DataError('bad-attribute', { name, value: String(v), expected: 'year' });
    }
  }
  const f = from ?? (defaultFrom <= last ? Math.max(defaultFrom, first) : first);
  const t = to ?? last;
  if (f > t) throw new DataError('bad-range', { from: f, to: t });
  const years = all.filter((d) => d.year >= f && d.year <= t);
  if (years.length === 0) throw new DataError('no-years-in-range', { from: f, to: t, first, last });
  // Draw only as far as there is data: a span past the data's ends would be empty space.
  return { from: Math.max(f, first), to: Math.min(t, last), years };
}
