// Server-side rendering frameworks (Next.js, Nuxt, SvelteKit, Astro) import packages in Node.
// Each entry is imported by the package's own name in a fresh Node process (real `exports`
// resolution, no DOM, no test-runner transforms), as such a framework would.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pkg, root } from './dist.js';

const jsEntries = () =>
  Object.keys(pkg().exports)
    .filter((k) => !k.endsWith('.json'))
    .map((k) => (k === '.' ? pkg().name : `${pkg().name}/${k.slice(2)}`));

type Imported = { exports: string[]; document: string; tag: string };
const imported = new Map<string, Imported>();

/** What importing `specifier` in a fresh Node process gives; one process per specifier. */
function importInNode(specifier: string): Imported {
  const known = imported.get(specifier);
  if (known) return known;
  const script = `
    const m = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify({
      exports: Object.keys(m),
      document: typeof document,
      tag: typeof customElements === 'undefined' ? 'no registry' : String(customElements.get('korus-goods-balance')?.name),
    }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const result: Imported = JSON.parse(out.trim().split('\n').pop()!);
  imported.set(specifier, result);
  return result;
}

describe('importing in Node without a DOM', () => {
  it('covers the root, ./api, ./react and every chart entry', () => {
    expect(jsEntries()).toEqual(
      expect.arrayContaining(['korus-charts', 'korus-charts/api', 'korus-charts/react', 'korus-charts/goods-balance']),
    );
  });

  for (const specifier of jsEntries()) {
    it(`import('${specifier}') does not throw`, () => {
      const result = importInNode(specifier);
      expect(result.document).toBe('undefined');
    });
  }

  it('korus-charts/api exports the element classes and defines nothing', () => {
    const result = importInNode('korus-charts/api');
    expect(result.exports).toEqual(expect.arrayContaining(['KorusGoodsBalance', 'KorusChartBase', 'parseTable']));
    expect(result.tag).not.toBe('KorusGoodsBalance');
  });

  it('korus-charts/react exports one component per chart', () => {
    expect([...importInNode('korus-charts/react').exports].sort()).toEqual([
      'BeforeAfter',
      'ExportPromise',
      'GoodsBalance',
    ]);
  });
});
