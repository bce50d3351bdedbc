// Browser tests in real Chromium (Debian's /usr/bin/chromium, or CHROME_PATH). Nothing here
// downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { mediaFeaturesPlugin } from './test/server/media-plugin.mjs';
import { testApi } from './test/server/middleware.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testApi],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mediaFeaturesPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'] } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
