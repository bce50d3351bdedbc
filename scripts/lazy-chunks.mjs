// Rollup plugin for the self-contained bundles: code most readers never need stays out of them
// and is built once beside them, imported from the bundle's own folder on first use:
// - dist/download.js     the Download menu's code (src/frame/download.ts, from download-menu.ts)
// - dist/data-reader.js  fetching, parsing and checking a page's own data, with its messages
//                        (src/frame/data-reader.ts, from data-controller.ts)
// - dist/ko.js           every Korean string (src/format/ko.ts, from load-locale.ts)
// - dist/monthly.js      the monthly Census series, period parsing and words (src/data/monthly.ts,
//                        from load-monthly.ts)
// - dist/interact.js    keyboard and pointer focus, the live region's sentence and the tooltip
//                        (src/frame/interact.ts, from focus-controller.ts, on a reader's first event)
// dist/lib keeps the plain dynamic imports for an app's bundler to split.
export const LAZY_CHUNKS = {
  './download.js': { importer: /download-menu\.ts$/, input: 'src/frame/download.ts' },
  './data-reader.js': { importer: /data-controller\.ts$/, input: 'src/frame/data-reader.ts' },
  './ko.js': { importer: /load-locale\.ts$/, input: 'src/format/ko.ts' },
  './interact.js': { importer: /focus-controller\.ts$/, input: 'src/frame/interact.ts' },
  './monthly.js': { importer: /load-monthly\.ts$/, input: 'src/data/monthly.ts' },
};

export const lazyChunks = () => ({
  name: 'lazy-chunks',
  resolveDynamicImport(specifier, importer) {
    const chunk = LAZY_CHUNKS[specifier];
    if (typeof specifier === 'string' && chunk && chunk.importer.test(importer ?? ''))
      return { id: specifier, external: 'absolute' };
    return null;
  },
  // Resolved against the bundle's own URL, not the page's: import.meta.url in a module; in a
  // classic script, the script's src, read while it runs (document.currentScript is null later).
  renderDynamicImport({ format, targetModuleId }) {
    if (!(targetModuleId in LAZY_CHUNKS)) return null;
    return { left: 'import(new URL(', right: `, ${format === 'es' ? 'import.meta.url' : 'korusBase'}).href)` };
  },
  outputOptions(options) {
    if (options.format !== 'iife') return null;
    return {
      ...options,
      intro: 'var korusBase = document.currentScript && document.currentScript.src || document.baseURI;',
    };
  },
});
