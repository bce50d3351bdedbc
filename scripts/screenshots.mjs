// Screenshots of every chart at 320 and 1200 px, in English and Korean, light and dark, into
// docs/screenshots/ (issue 17): `npm run screenshots` after `npm run build`. Each chart is drawn
// on a plain page with the script-tag bundle, in the system Chromium (scripts/chrome.mjs), and
// shot as an element at a device pixel ratio of 1, so the files compare pixel for pixel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { serve } from './serve.mjs';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const CHARTS = ['goods-balance', 'export-promise', 'before-after'];
const WIDTHS = [320, 1200];
const LANGS = ['en', 'ko'];
const THEMES = ['light', 'dark'];

process.env.PORT ??= '8900';
const server = serve();
await new Promise((r) => server.once('listening', r));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
mkdirSync(out, { recursive: true });
const index = [
  '# Screenshots',
  '',
  'Made by `npm run screenshots` (scripts/screenshots.mjs) from the built bundle.',
  '',
];
try {
  for (const theme of THEMES)
    for (const width of WIDTHS) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme: theme,
        deviceScaleFactor: 1,
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const lang of LANGS)
        for (const chart of CHARTS) {
          const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0;padding:8px;background:${theme === 'dark' ? '#16181d' : '#fff'}"><script src="/dist/korus-charts.iife.js"></script><korus-${chart}></korus-${chart}></body></html>`;
          await page.route(`http://127.0.0.1:${port}/shot`, (r) => r.fulfill({ contentType: 'text/html', body: html }));
          await page.goto(`http://127.0.0.1:${port}/shot`);
          const el = page.locator(`korus-${chart}`);
          await el.evaluate(async (e) => {
            await customElements.whenDefined(e.localName);
            await e.updateComplete;
            await document.fonts.ready;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            await e.updateComplete;
          });
          const file = `${chart}-${width}-${lang}-${theme}.png`;
          await el.screenshot({ path: `${out}${file}` });
          await page.unroute(`http://127.0.0.1:${port}/shot`);
          index.push(`- [${file}](${file})`);
        }
      if (errors.length) throw new Error(`screenshots: page errors at ${width} px ${theme}: ${errors.join('; ')}`);
      await page.close();
    }
  writeFileSync(`${out}README.md`, `${index.join('\n')}\n`);
  console.log(`screenshots: ${index.length - 4} files in docs/screenshots/`);
} finally {
  await browser.close();
  server.close();
}
