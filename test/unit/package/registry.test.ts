// A chart added to src/define.ts must reach every place the package names charts by hand.
import { describe, expect, it } from 'vitest';
import { charts, read } from './dist.js';

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase());

describe('every chart in src/define.ts', () => {
  it('has a dist/lib entry in rollup.config.js', async () => {
    const config = read('rollup.config.js');
    for (const c of await charts()) expect(config).toContain(`'charts/${c}/define': 'src/charts/${c}/define.ts'`);
  });

  it('has a React component in src/react.ts', async () => {
    const react = read('src/react.ts');
    for (const c of await charts()) expect(react).toContain(`export const ${pascal(c)} = wrap('korus-${c}'`);
  });

  it('is exported from src/index.ts', async () => {
    const index = read('src/index.ts');
    for (const c of await charts())
      expect(index).toContain(`export { Korus${pascal(c)} } from './charts/${c}/element.js'`);
  });
});
