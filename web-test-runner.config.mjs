// Browser tests in Chromium, Firefox and WebKit, each from Debian's packages (scripts/browsers.mjs;
// KORUS_BROWSERS=chromium runs one). Nothing here downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { browsers } from './scripts/browsers.mjs';
import { mediaFeaturesPlugin } from './test/server/media-plugin.mjs';
import { testApi } from './test/server/middleware.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testApi],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mediaFeaturesPlugin()],
  browsers: browsers({ chromiumArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] }),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
