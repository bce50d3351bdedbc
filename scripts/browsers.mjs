// The three browser engines the tests run in, each from Debian's packages (nothing downloads a
// browser): Chromium (chromium), Firefox (firefox-esr, WebDriver BiDi through puppeteer-core) and
// WebKit (webkit2gtk-driver's WebKitWebDriver driving MiniBrowser, under a private Xvfb).
// KORUS_BROWSERS=chromium,firefox picks a subset; the default is all three.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeArgs, chromePath } from './chrome.mjs';

const HOW = {
  firefox: 'apt-get install firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install webkit2gtk-driver xvfb (or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH)',
};

function need(engine, path) {
  if (path && existsSync(path)) return path;
  console.error(
    `korus-charts: no ${engine} found for the browser tests. Install it (Debian: ${HOW[engine]}), or leave it out with KORUS_BROWSERS.`,
  );
  process.exit(1);
}

export const chromium = ({ chromiumArgs = [] } = {}) =>
  chromeLauncher({
    launchOptions: { executablePath: chromePath(), headless: true, args: [...chromeArgs, ...chromiumArgs] },
  });

export const firefox = () =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: need('firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
      headless: true,
      // No update checks or telemetry: test machines reach no such host.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    },
  });

function miniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  try {
    const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    return files.split('\n').find((f) => f.endsWith('/MiniBrowser'));
  } catch {
    return undefined;
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

/** Starts a private X display (WebKitGTK needs one even headless) and WebKitWebDriver on it. */
async function startWebKitDriver(driver) {
  const children = [];
  const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill());
  process.on('exit', stopAll);
  // A private Xvfb where there is one (no windows on a developer's desktop), else $DISPLAY.
  let display = existsSync('/usr/bin/Xvfb') ? undefined : process.env.DISPLAY;
  if (!display) {
    need('webkit', '/usr/bin/Xvfb');
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    display = await new Promise((resolve, reject) => {
      xvfb.stdout.once('data', (d) => resolve(`:${String(d).trim()}`));
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    });
  }
  const port = await freePort();
  const wd = spawn(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  children.push(wd);
  // Wait until the driver answers its status endpoint.
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port, stop: stopAll };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopAll();
  throw new Error('WebKitWebDriver did not start');
}

export const webkit = () => {
  const driver = need('webkit', process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver');
  const binary = need('webkit', miniBrowser());
  const capabilities = {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver; webdriverio 9 would ask for BiDi and match nothing.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
  const launcher = webdriverLauncher({ hostname: '127.0.0.1', port: 0, capabilities });
  const { initialize, stop } = launcher;
  let server;
  launcher.initialize = async function (config, files) {
    server = await startWebKitDriver(driver);
    this.options.port = server.port;
    await initialize.call(this, config, files);
    this.name = 'WebKit';
  };
  launcher.stop = async function () {
    await stop.call(this);
    server?.stop();
  };
  return launcher;
};

const ALL = { chromium, firefox, webkit };

const selected = () =>
  (process.env.KORUS_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The launchers KORUS_BROWSERS asks for (default: all three engines). */
export function browsers(options = {}) {
  const names = selected();
  const unknown = names.filter((n) => !ALL[n]);
  if (unknown.length) {
    console.error(`korus-charts: unknown KORUS_BROWSERS entry ${unknown.join(', ')}; use chromium, firefox, webkit.`);
    process.exit(1);
  }
  return names.map((n) => ALL[n](options));
}

/** A Chromium launcher when KORUS_BROWSERS includes Chromium, else none. */
export const chromiumIfSelected = (options = {}) => (selected().includes('chromium') ? [chromium(options)] : []);
