import { describe, expect, it } from 'vitest';
import { charts, exists, filesUnder, pkg, read } from './dist.js';

const targetOf = (entry: string | Record<string, string>, condition = 'default') =>
  typeof entry === 'string' ? entry : entry[condition];

/** package.json "sideEffects" globs as a matcher: `*` stays inside one folder. */
function sideEffectful(globs: string[]): (path: string) => boolean {
  const res = globs.map(
    (g) =>
      new RegExp(
        `^${g
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')}$`,
      ),
  );
  return (path) => res.some((re) => re.test(path));
}

describe('package.json exports', () => {
  it('gives the root, ./api, ./react and one entry per chart in define.ts both types and code that exist', async () => {
    const { exports } = pkg();
    const keys = ['.', './api', './react', ...(await charts()).map((c) => `./${c}`)];
    for (const key of keys) {
      const entry = exports[key];
      expect(entry, key).toBeTypeOf('object');
      const { types, default: code } = entry as Record<string, string>;
      expect(types, `${key} types`).toMatch(/\.d\.ts$/);
      expect(exists(types), `${key} -> ${types}`).toBe(true);
      expect(exists(code), `${key} -> ${code}`).toBe(true);
    }
  });

  it('points each chart entry at that chart define module, which defines only its own tag', async () => {
    const { exports } = pkg();
    for (const chart of await charts()) {
      const code = targetOf(exports[`./${chart}`]);
      expect(code).toBe(`./dist/lib/charts/${chart}/define.js`);
      const source = read(code);
      expect(source).toMatch(new RegExp(`defineOnce\\(['"]korus-${chart}['"]`));
      expect(source.match(/defineOnce\(/g)).toHaveLength(1);
    }
  });

  it('has no target that the build did not write', () => {
    for (const [key, entry] of Object.entries(pkg().exports)) {
      const targets = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const t of targets) expect(exists(t), `${key} -> ${t}`).toBe(true);
    }
  });

  it('names the custom elements manifest in "customElements" and exports it', () => {
    const p = pkg();
    expect(p.customElements).toBe('dist/custom-elements.json');
    expect(p.exports['./custom-elements.json']).toBe(`./${p.customElements}`);
  });

  it('keeps react an optional peer, out of dependencies', () => {
    const p = pkg();
    expect(p.dependencies).not.toHaveProperty('react');
    expect(p.peerDependencies).toHaveProperty('react');
    expect(p.peerDependenciesMeta?.react?.optional).toBe(true);
  });
});

describe('package.json sideEffects', () => {
  it('names exactly the modules and bundles that define tags', async () => {
    const names = await charts();
    const matches = sideEffectful(pkg().sideEffects);
    const built = [...filesUnder('dist/lib'), ...filesUnder('dist').filter((f) => /^dist\/[^/]+\.js$/.test(f))].filter(
      (f) => f.endsWith('.js'),
    );
    const expected = [
      'dist/lib/define.js',
      ...names.map((c) => `dist/lib/charts/${c}/define.js`),
      'dist/korus-charts.js',
      'dist/korus-charts.iife.js',
      ...names.map((c) => `dist/korus-${c}.js`),
      // Server rendering and hydration define every tag too.
      'dist/lib/ssr/index.js',
      'dist/lib/hydrate.js',
      'dist/korus-charts-hydrate.js',
    ].sort();
    expect(built.filter(matches).sort()).toEqual(expected);
  });

  it('leaves every other npm module free of registration calls, so bundlers may drop it', () => {
    const matches = sideEffectful(pkg().sideEffects);
    for (const file of filesUnder('dist/lib').filter((f) => f.endsWith('.js') && !matches(f))) {
      if (file === 'dist/lib/frame/define-once.js') continue; // declares the guard, calls nothing
      expect(read(file), file).not.toMatch(/defineOnce\(|customElements\.define\(/);
    }
  });
});

describe('script-tag bundles', () => {
  it('leave React and @lit/react out', () => {
    for (const file of ['dist/korus-charts.js', 'dist/korus-charts.iife.js']) {
      expect(read(file), file).not.toMatch(/useLayoutEffect|forwardRef/);
    }
    expect(read('dist/lib/react.js')).toMatch(/from ['"]@lit\/react['"]/);
  });
});
