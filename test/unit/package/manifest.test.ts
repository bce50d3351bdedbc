import { describe, expect, it } from 'vitest';
import { CHARTS, chartAttributes, type ChartName } from '../../../src/render/index.js';
import { charts, exists, pkg, read } from './dist.js';

type Decl = {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
};
type Mod = {
  path: string;
  declarations?: Decl[];
  exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
};

const manifest = (): { modules: Mod[] } => JSON.parse(read(pkg().customElements));

describe('custom-elements.json', () => {
  it('declares every tag define.ts registers, with its attributes and events', async () => {
    const elements = manifest()
      .modules.flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
    for (const chart of await charts()) {
      const el = elements.find((d) => d.tagName === `korus-${chart}`);
      expect(el, `korus-${chart}`).toBeDefined();
      // Exactly the public attributes (the frame's and the chart's options), nothing internal.
      const attrs = el!.attributes!.map((a) => a.name).sort();
      const expected = [...chartAttributes(chart as ChartName).keys(), 'src', 'timeout'].sort();
      expect(attrs).toEqual(expected);
      expect(attrs).toEqual(expect.arrayContaining(['lang', 'theme', 'src', 'chart-title']));
      expect(attrs.filter((a) => a.startsWith('_'))).toEqual([]);
      expect(el!.events!.map((e) => e.name).sort()).toEqual(['korus-error', 'korus-load']);
    }
    expect(
      elements
        .find((d) => d.tagName === 'korus-goods-balance')!
        .attributes!.map((a) => a.name)
        .sort(),
    ).toEqual(['chart-subtitle', 'chart-title', 'from', 'interval', 'lang', 'note', 'src', 'theme', 'timeout', 'to']);
    expect(Object.keys(CHARTS).sort()).toEqual((await charts()).sort());
  });

  it("names each tag's definition in its chart's define module, and only published files", async () => {
    const mods = manifest().modules;
    for (const chart of await charts()) {
      const definer = mods.find((m) => m.path === `dist/lib/charts/${chart}/define.js`);
      expect(definer?.exports?.find((e) => e.kind === 'custom-element-definition')?.name).toBe(`korus-${chart}`);
    }
    for (const m of mods) expect(exists(m.path), m.path).toBe(true);
    expect(
      mods
        .flatMap((m) => m.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition' && !e.name.startsWith('korus-')),
    ).toEqual([]);
  });
});
