// Screenshots each contender's one-chart page, to check by eye that all draw the same chart:
// node bench/screenshots.mjs  (after npm run bench, or any run that built bench/build/pages)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENDERS } from './lib/build.mjs';
import { launch } from './lib/measure.mjs';
import { serve } from './lib/serve.mjs';

const pages = fileURLToPath(new URL('build/pages', import.meta.url));
const out = fileURLToPath(new URL('build/shots', import.meta.url));
mkdirSync(out, { recursive: true });
const server = await serve(pages);
const browser = await launch();
try {
  for (const c of CONTENDERS) {
    const page = await browser.newPage({ viewport: { width: 760, height: 600 } });
    await page.goto(`${server.url}/${c.id}-first.html`);
    await page.evaluate(() => window.bench);
    await page
      .locator('.chart')
      .first()
      .screenshot({ path: `${out}/${c.id}.png` });
    await page.close();
    console.log(`${out}/${c.id}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
