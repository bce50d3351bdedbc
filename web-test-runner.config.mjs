// Browser tests in Chromium, Firefox and WebKit, each from Debian's packages (scripts/browsers.mjs;
// KORUS_BROWSERS=chromium runs one). Nothing here downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { browsers, chromiumIfSelected } from './scripts/browsers.mjs';
import { mediaFeaturesPlugin } from './test/server/media-plugin.mjs';
import { testApi } from './test/server/middleware.mjs';

// Tests that need an instrument only Chromium exposes: gc() and heap size (lifecycle), CSS media
// emulation over the DevTools protocol (a11y: forced colors, reduced motion). They run in Chromium
// alone; every other test runs in all three engines, the axe-core, keyboard and zoom checks
// (a11y-axe) included.
const CHROMIUM_INSTRUMENTS = ['test/browser/lifecycle.test.ts', 'test/browser/a11y.test.ts'];
const chromiumArgs = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];
const chromiumGroup = chromiumIfSelected({ chromiumArgs });

export default {
  files: ['test/browser/**/*.test.ts', ...CHROMIUM_INSTRUMENTS.map((f) => `!${f}`)],
  groups: chromiumGroup.length
    ? [{ name: 'chromium-instruments', files: CHROMIUM_INSTRUMENTS, browsers: chromiumGroup }]
    : [],
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testApi],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    mediaFeaturesPlugin(),
  ],
  browsers: browsers({ chromiumArgs }),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
