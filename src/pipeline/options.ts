import type { PropertyDeclarations } from 'lit';
import { DataError } from '../data/errors.js';
import { attributeOf, type OptionSpec, type Options } from './definition.js';

/**
 * The largest number (in absolute value) a 'number' or 'nonnegative' option takes: a promise of a
 * million billion dollars is already far past anything a chart of trade can mean.
 */
export const MAX_OPTION = 1e6;

/** Lit property declarations for a chart's options: numbers for the numeric kinds. */
export const propertiesOf = (specs: readonly OptionSpec[]): PropertyDeclarations =>
  Object.fromEntries(
    specs.map((o) => [o.prop, { type: o.kind === 'text' ? String : Number, attribute: attributeOf(o) }]),
  );

/**
 * Checks each option and returns them by property name. `value(prop)` is what the host holds (a
 * number, or a string that a framework set as a property), `written(attr)` what the page wrote.
 * A value that is not a number (or breaks its kind) becomes a DataError quoting what the page
 * wrote, never NaN on screen.
 */
export function readOptions(
  specs: readonly OptionSpec[],
  value: (prop: string) => unknown,
  written: (attr: string) => string | null | undefined,
): Options {
  const out: Options = {};
  for (const o of specs) {
    const v = value(o.prop);
    if (v === undefined || v === null || v === '') continue;
    if (o.kind === 'text') {
      out[o.prop] = String(v);
      continue;
    }
    const name = attributeOf(o);
    const w = written(name);
    // What the page wrote, when the value is the attribute's (Lit read it with Number), or the string a
    // framework (React 19, Vue, Svelte) set as the property. An empty attribute is unset, not 0.
    const text = typeof v === 'string' ? v : Object.is(Number(w), v) ? w : null;
    if (text != null && !text.trim()) continue;
    // Decimal numbers only: Number() would also read "0x7DB" (or 0b, 0o) as 2011.
    const n = text == null ? (typeof v === 'number' ? v : NaN) : /[box]/i.test(text) ? NaN : Number(text);
    const ok =
      Number.isFinite(n) &&
      (o.kind === 'year'
        ? Number.isInteger(n) && n >= 1000 && n <= 9999
        : Math.abs(n) <= MAX_OPTION && (o.kind === 'number' || n >= 0));
    if (!ok) throw new DataError('bad-attribute', { name, value: text ?? w ?? String(v), expected: o.kind });
    out[o.prop] = n + 0;
  }
  return out;
}
