// Which modules make up a script-tag bundle, by gzip bytes:
//   node scripts/analyze-bundle.mjs [entry]   (default src/bundle.ts; e.g. src/charts/export-promise/define.ts)
// Bundles the entry with rollup.config.js's own bundle() (plugins and tree-shaking), then minifies and
// gzips each module's rendered code on its own. The column sums to more than the real bundle
// (gzip shares strings across modules), but the ranking shows where the bytes are.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { bundle } from '../rollup.config.js';

const input = process.argv[2] ?? 'src/bundle.ts';
const b = await rollup(bundle(input));
const { output } = await b.generate({ format: 'es' });
const rows = [];
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  // Not as a module: a module's rendered code has no exports, so terser would drop it all.
  const { code = '' } = await minify(m.code, { module: false, compress: { passes: 2 } });
  rows.push({
    gzip: gzipSync(code, { level: 9 }).length,
    minified: code.length,
    module: id.replace(/.*node_modules\//, '').replace(`${process.cwd()}/`, ''),
  });
}
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${input}: bundle ${gzipSync(output[0].code, { level: 9 }).length} B gzip before terser; per module:`);
console.table(rows);
