import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { localized } from '../../format/localized.js';

/** What the finding needs: years and amounts in millions of USD (shortfalls as positive magnitudes). */
export interface Finding {
  base: number;
  targetMusd: number;
  promiseMusd: number;
  /** First year at or above the target, if any. */
  reached?: number;
  /** Largest shortfall after the baseline (reached), or the smallest one (never reached). */
  short?: { year: number; musd: number };
  from: number;
  to: number;
}

// Strings are kept short on purpose: every byte here ships in the script-tag bundle.
export interface ExportPromiseMessages {
  title: (from: string, to: string) => string;
  /** Unit line; `price` is set in constant dollars. */
  unit: (price?: number) => string;
  axisNote: (price: number) => string;
  names: { exports: string; target: string; gap: string };
  band: (lo: string, hi: string) => string;
  shortfall: string;
  excess: string;
  finding: (c: Finding, f: Formatter) => string;
  promiseNote: (base: number, promise: string, date: string, amount: string) => string;
  usitcNote: (base: number, lo: string, hi: string, date: string) => string;
  caveat: (base: number) => string;
  /** One year for screen readers: "2016: exports $42.3 billion, target $54.5 billion, …". */
  announce: (year: string, values: string) => string;
}

const en: ExportPromiseMessages = {
  title: (from, to) => `U.S. goods exports to South Korea and the KORUS promise, ${from}–${to}`,
  unit: (p) =>
    p ? `Billions of constant ${p} U.S. dollars (CPI-U).` : 'Billions of U.S. dollars, not adjusted for inflation.',
  axisNote: (p) => `${p} dollars`,
  names: { exports: 'Exports', target: 'Target', gap: 'Gap' },
  band: (lo, hi) => `USITC est. ${lo}–${hi}`,
  shortfall: 'Short of target',
  excess: 'Above target',
  finding: (c, f) => {
    const target = `the ${f.money(c.targetMusd)} target (${c.base} exports plus ${f.money(c.promiseMusd)})`;
    const s = c.short && `${f.money(c.short.musd)}, in ${c.short.year}`;
    return c.reached
      ? `Exports first reached ${target} in ${c.reached}${s ? `; the largest shortfall was ${s}` : ''}.`
      : `Exports did not reach ${target} from ${c.from} to ${c.to}; the smallest shortfall was ${s}.`;
  },
  promiseNote: (base, promise, date, amount) =>
    `Target: ${base} exports plus ${promise}. On ${date}, President Obama said the agreement would raise annual U.S. goods exports to Korea by up to ${amount} (Public Papers of the Presidents).`,
  usitcNote: (base, lo, hi, date) =>
    `Band: ${base} exports plus the ${lo}–${hi} a year estimated by the U.S. International Trade Commission on ${date} (Publication 3949).`,
  caveat: (base) =>
    `Both figures were about the agreement’s effect against a world without it; the ${base} level is a simple yardstick, not a model of what exports would otherwise have been.`,
  announce: (year, values) => `${year}: ${values}`,
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const EXPORT_PROMISE_MESSAGES: Record<Locale, ExportPromiseMessages> = localized(en, 'exportPromise');
