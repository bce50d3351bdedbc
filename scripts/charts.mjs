// The charts src/define.ts registers, read from its import lines: the one list the build (one
// self-contained bundle per element) and the package tests derive from, so a new chart needs
// only its line there.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);

/** Folder names under src/charts/, in define.ts order: ['goods-balance', ...]. */
export function chartNames() {
  const source = readFileSync(new URL('src/define.ts', root), 'utf8');
  return [...source.matchAll(/^import '\.\/charts\/([a-z0-9-]+)\/define\.js';/gm)].map((m) => m[1]);
}

/** Rollup plugin: copies a static file into the output folder unchanged. */
export const copyFile = (from, fileName) => ({
  name: 'copy-file',
  buildStart() {
    this.addWatchFile(from);
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(from, root)) });
  },
});
