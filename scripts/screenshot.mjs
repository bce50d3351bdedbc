// Screenshots a page in headless Chromium for a human to look at:
// node scripts/screenshot.mjs URL OUT.png [widthPx] [light|dark]
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const [url, out, width = '1200', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
