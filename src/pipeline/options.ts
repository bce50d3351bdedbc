import type { PropertyDeclarations } from 'lit';
import { DataError } from '../data/errors.js';
import { attributeOf, type OptionSpec, type Options } from './definition.js';

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
    // Frameworks (React 19, Vue, Svelte) set `from="2007"` as a property holding a string: read
    // it as Lit reads the attribute (Number), so both paths accept the same values.
    const n = typeof v === 'string' ? (v.trim() ? Number(v) : NaN) : (v as number);
    const ok =
      Number.isFinite(n) &&
      (o.kind === 'number' ||
        (o.kind === 'nonnegative' && n >= 0) ||
        (o.kind === 'year' && Number.isInteger(n) && n >= 1000 && n <= 9999));
    const name = attributeOf(o);
    if (!ok) throw new DataError('bad-attribute', { name, value: written(name) ?? String(v), expected: o.kind });
    out[o.prop] = n;
  }
  return out;
}
