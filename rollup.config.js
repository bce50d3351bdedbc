// Outputs from one source tree:
// - dist/korus-charts.js       self-contained minified ES module, defines every tag
// - dist/korus-charts.iife.js  the same as a classic script, global `KorusCharts`
// - dist/korus-<chart>.js      self-contained ES module defining one tag (one per chart in define.ts)
// - dist/download.js          the Download menu's code, which those bundles import on first use
// - dist/data-reader.js       reading a page's own data (`src`, `data`), imported on first use
// - dist/ko.js, interact.js, monthly.js  Korean, the plot's keyboard and pointer code, the monthly series (same)
// - dist/embed.html, embed.js  the CMS-safe iframe page (embed.js self-contained, lazy files built in);
//                              dist/embed-resize.js, its parent helper
// - dist/lib/**                npm entry points, one file per module, lit, d3 and react left as bare imports
//                              (render/index.js: the static renderer behind bin/korus-charts.mjs)
// Declarations come from `tsc -p tsconfig.build.json`, dist/custom-elements.json from `cem analyze`
// and the SRI hashes from scripts/sri.mjs (see package.json "build").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { chartNames, copyFile } from './scripts/charts.mjs';
import { LAZY_CHUNKS, lazyChunks } from './scripts/lazy-chunks.mjs';

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
// The production condition drops Lit's dev-mode warnings and checks from the bundles.
const resolve = () => nodeResolve({ exportConditions: ['production'] });
// `module: false` for the classic script: otherwise terser drops its top-level `var KorusCharts`.
// Our own `_`-prefixed members are private to one bundle, so their names shrink too (not Lit's
// `_$` internals, nor `_snapshot`, which download.js reads from the element across bundles).
const min = (module) =>
  terser({
    ecma: 2021,
    module,
    compress: { passes: 2, pure_getters: true },
    mangle: { properties: { regex: /^_[a-zA-Z]/, reserved: ['_snapshot'] } },
    format: { comments: false },
  });
// Self-contained bundles: Lit's html``/svg``/css`` strings keep their indentation through terser,
// so minify them first; d3-array's module-level bisector() calls have no side effects.
export const bundle = (input) => ({
  input,
  treeshake: { manualPureFunctions: ['bisector'] },
  plugins: [resolve(), ts(), minifyHTML(), lazyChunks()],
});

export default [
  {
    ...bundle('src/bundle.ts'),
    output: [
      { file: 'dist/korus-charts.js', format: 'es', plugins: [min(true)] },
      { file: 'dist/korus-charts.iife.js', format: 'iife', name: 'KorusCharts', plugins: [min(false)] },
    ],
  },
  // For pages with server-rendered charts (src/hydrate.ts): hydrate support, Korean and the data reader built in.
  // Its templates are not minified: hydration matches them, by digest, to the ones the server
  // rendered from dist/lib.
  {
    ...bundle('src/hydrate.ts'),
    plugins: [resolve(), ts(), lazyChunks()],
    output: { file: 'dist/korus-charts-hydrate.js', format: 'es', plugins: [min(true)] },
  },
  ...chartNames().map((name) => ({
    ...bundle(`src/charts/${name}/define.ts`),
    output: { file: `dist/korus-${name}.js`, format: 'es', plugins: [min(true)] },
  })),
  // Code the bundles above load on first use (scripts/lazy-chunks.mjs): download.js, data-reader.js,
  // ko.js, interact.js, monthly.js.
  ...Object.entries(LAZY_CHUNKS).map(([file, { input }]) => ({
    ...bundle(input),
    output: { file: `dist/${file.slice(2)}`, format: 'es', plugins: [min(true)] },
  })),
  // The iframe page's one script: every tag, with what the bundles above load on first use built
  // in (no lazyChunks: the dynamic imports are inlined), since a sandboxed frame's opaque origin
  // could not load them (module imports from it need CORS headers that static hosts rarely send).
  {
    input: 'src/embed/embed.ts',
    treeshake: { manualPureFunctions: ['bisector'] },
    plugins: [resolve(), ts(), minifyHTML(), copyFile('src/embed/embed.html', 'embed.html')],
    output: { file: 'dist/embed.js', format: 'iife', inlineDynamicImports: true, plugins: [min(false)] },
  },
  {
    input: 'src/embed/resize.ts',
    plugins: [ts()],
    output: { file: 'dist/embed-resize.js', format: 'iife', plugins: [min(false)] },
  },
  {
    input: {
      index: 'src/index.ts',
      react: 'src/react.ts',
      define: 'src/define.ts',
      'render/index': 'src/render/index.ts',
      'ssr/index': 'src/ssr/index.ts',
      hydrate: 'src/hydrate.ts',
      'charts/goods-balance/define': 'src/charts/goods-balance/define.ts',
      'charts/export-promise/define': 'src/charts/export-promise/define.ts',
      'charts/before-after/define': 'src/charts/before-after/define.ts',
    },
    // Everything from node_modules stays a bare import for the app's bundler to share.
    external: (id) => /^(lit|@lit\/|@lit-labs\/ssr|parse5$|d3-|react(\/|$))/.test(id),
    plugins: [ts(), copyFile('src/jsx.d.ts', 'jsx.d.ts')],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
];
