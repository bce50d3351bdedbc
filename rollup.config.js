// Three outputs from one source tree:
// - dist/korus-charts.js       self-contained minified ES module, defines every tag
// - dist/korus-charts.iife.js  the same as a classic script, global `KorusCharts`
// - dist/lib/**                npm entry points, one file per module, lit and d3 left as bare imports
// Declarations come from `tsc -p tsconfig.build.json` (see package.json "build").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
// The production condition drops Lit's dev-mode warnings and checks from the bundles.
const resolve = () => nodeResolve({ exportConditions: ['production'] });
// `module: false` for the classic script: otherwise terser drops its top-level `var KorusCharts`.
const min = (module) => terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    input: 'src/define.ts',
    plugins: [resolve(), ts()],
    output: [
      { file: 'dist/korus-charts.js', format: 'es', plugins: [min(true)] },
      { file: 'dist/korus-charts.iife.js', format: 'iife', name: 'KorusCharts', plugins: [min(false)] },
    ],
  },
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'charts/goods-balance/define': 'src/charts/goods-balance/define.ts',
      'charts/export-promise/define': 'src/charts/export-promise/define.ts',
      'charts/before-after/define': 'src/charts/before-after/define.ts',
    },
    // Everything from node_modules stays a bare import for the app's bundler to share.
    external: (id) => /^(lit|@lit\/|d3-)/.test(id),
    plugins: [ts()],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
];
