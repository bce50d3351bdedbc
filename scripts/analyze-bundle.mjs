import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'zlib';
// Same tree-shaking as rollup.config.js, so d3-array is not overstated.
const b = await rollup({ input: 'src/define.ts', treeshake: { manualPureFunctions: ['bisector'] }, plugins: [nodeResolve({ exportConditions: ['production'] }), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: true })] });
const { output } = await b.generate({ format: 'es' });
const rows = Object.entries(output[0].modules).map(([id, m]) => [gzipSync(m.code || '').length, m.renderedLength, id.replace(/.*node_modules\//, '').replace('/work/main/', '')]).sort((a, b) => b[0] - a[0]);
console.table(rows.slice(0, 30));
