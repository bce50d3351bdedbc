// custom-elements.json lists each element's attributes from its chart definition's options
// schema (the one source of Lit's properties and the static renderer's options), each linked to
// its property, and no internal state.
import { describe, expect, it } from 'vitest';
import { CHARTS, chartAttributes, type ChartName } from '../../../src/render/index.js';
import { pkg, read } from './dist.js';

type Attr = { name: string; fieldName?: string };
type Decl = { tagName?: string; customElement?: boolean; attributes?: Attr[] };

describe('custom-elements.json and the options schema', () => {
  const declarations = (JSON.parse(read(pkg().customElements)).modules as { declarations?: Decl[] }[])
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);

  for (const name of Object.keys(CHARTS) as ChartName[]) {
    it(`${CHARTS[name].tag}: the frame's attributes and the chart's options, each with its property`, () => {
      const el = declarations.find((d) => d.tagName === CHARTS[name].tag)!;
      const listed = new Map(el.attributes!.map((a) => [a.name, a.fieldName]));
      const expected = new Map([...chartAttributes(name)].map(([attr, { prop }]) => [attr, prop]));
      expected.set('src', 'src').set('timeout', 'timeout');
      expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
      expect([...listed.keys()].filter((a) => a.startsWith('_'))).toEqual([]);
    });
  }
});
