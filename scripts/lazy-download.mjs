// Rollup plugin for the self-contained bundles: the Download menu's code (src/frame/download.ts,
// imported dynamically by download-menu.ts) stays out of them and is built once as
// dist/download.js, which a bundle imports from its own folder when a reader first asks
// for a file. dist/lib keeps the plain import('./download.js') for an app's bundler to split.
const FILE = './download.js';

export const lazyDownload = () => ({
  name: 'lazy-download',
  resolveDynamicImport(specifier, importer) {
    if (specifier === './download.js' && /download-menu\.ts$/.test(importer ?? '')) return { id: FILE, external: 'absolute' };
    return null;
  },
  // Resolved against the bundle's own URL, not the page's: import.meta.url in a module; in a
  // classic script, the script's src, read while it runs (document.currentScript is null later).
  renderDynamicImport({ format, targetModuleId }) {
    if (targetModuleId !== FILE) return null;
    return { left: 'import(new URL(', right: `, ${format === 'es' ? 'import.meta.url' : 'korusBase'}).href)` };
  },
  outputOptions(options) {
    if (options.format !== 'iife') return null;
    return { ...options, intro: 'var korusBase = document.currentScript && document.currentScript.src || document.baseURI;' };
  },
});
