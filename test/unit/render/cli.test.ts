// The command line as a user gets it: `npm pack`, install the tarball in an empty folder (from
// npm's cache, no network needed), run `npx korus-charts render ...`. `npm test` builds first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../..', import.meta.url).pathname;
let dir = '';
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: join(dir, 'app'), encoding: 'utf8' });
/** The installed bin (npx resolves the same link; it is run through npx once, below). */
const cli = (...args: string[]) => run(process.execPath, [join(dir, 'app/node_modules/.bin/korus-charts'), ...args]);

describe('npx korus-charts, installed from the packed tarball', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'korus-cli-'));
    const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, ...quiet], {
      cwd: root,
      stdio: 'pipe',
    });
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    execFileSync('mkdir', [join(dir, 'app')]);
    writeFileSync(join(dir, 'app', 'package.json'), '{"name":"app","private":true}');
    execFileSync('npm', ['install', join(dir, tgz), '--prefer-offline', '--ignore-scripts', ...quiet], {
      cwd: join(dir, 'app'),
      stdio: 'pipe',
    });
  }, 90_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'npx korus-charts render goods-balance --lang ko --width 640 --from 2007 prints a Korean SVG',
    { timeout: 30_000 },
    () => {
      const r = run('npx', [
        '--no-install',
        'korus-charts',
        'render',
        'goods-balance',
        '--lang',
        'ko',
        '--width',
        '640',
        '--from',
        '2007',
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      expect(r.stdout).toContain('width="664"');
      expect(r.stdout).toContain('lang="ko"');
      expect(r.stdout).toContain('2007~2025');
      expect(r.stdout).toContain('출처');
    },
  );

  it('prints the no-JavaScript embed and the CSV, for any chart attribute', { timeout: 20_000 }, () => {
    const html = cli(
      'render',
      'before-after',
      '--format',
      'html',
      '--before',
      '2012',
      '--after=2017',
      '--metrics',
      'exports',
    );
    expect(html.status, html.stderr).toBe(0);
    // Lit SSR's element with its attributes, the chart in its Declarative Shadow DOM.
    expect(html.stdout).toMatch(
      /^<korus-before-after +before="2012" after="2017" metrics="exports"><template [^>]*shadowrootmode="open"><style>/,
    );
    expect(html.stdout).toMatch(/<svg aria-hidden="true" width="640"/);
    expect(html.stdout.endsWith('</template></korus-before-after>')).toBe(true);
    const fallback = cli('render', 'before-after', '--format', 'fallback', '--before', '2012');
    expect(fallback.status, fallback.stderr).toBe(0);
    expect(fallback.stdout).toMatch(/^<korus-before-after before="2012">/);
    const refused = cli('render', 'goods-balance', '--format', 'html', '--source', 'x');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--data and --source work with --format svg, fallback or csv');
    const csv = cli('render', 'export-promise', '--format', 'csv', '--dollars', 'real', '--price-year', '2011');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /^Year,Exports \(US\$ billions\),Line \(US\$ billions\),.* \(US\$ billions\)$/,
    );
    expect(csv.stdout).toContain('Billions of 2011 U.S. dollars, adjusted for inflation.');
  });

  it('reads --data from a CSV file; --source names it in the source line', { timeout: 20_000 }, () => {
    writeFileSync(join(dir, 'app', 'trade.csv'), 'year,exports,imports\n2010,100,200\n2011,150,220\n');
    const r = cli('render', 'goods-balance', '--data', 'trade.csv', '--source', 'https://example.org/trade.csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('<a href="https://example.org/trade.csv"><text');
    expect(r.stdout).toContain('Data: https://example.org/trade.csv');
  });

  it('without --source, never prints where --data lay on this machine', { timeout: 30_000 }, () => {
    const folder = join(dir, 'Users', 'reporter', 'drafts');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'korea-DRAFT-v3.csv');
    writeFileSync(file, 'year,exports,imports\n2010,100,200\n2011,150,220\n');
    for (const format of ['svg', 'fallback', 'csv']) {
      for (const path of [file, relative(join(dir, 'app'), file)]) {
        const r = cli('render', 'goods-balance', '--format', format, '--data', path);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout, `${format} ${path}`).not.toContain('reporter');
        expect(r.stdout, `${format} ${path}`).not.toContain('korea-DRAFT-v3');
        expect(r.stdout, `${format} ${path}`).toContain('Data supplied by this page.');
        expect(r.stdout).not.toContain('<a');
      }
    }
  });

  it(
    'a --source that is not an http(s) or relative address is text in the output, never a link',
    { timeout: 20_000 },
    () => {
      writeFileSync(join(dir, 'app', 'ok.csv'), 'year,exports,imports\n2010,100,200\n2011,150,220\n');
      for (const format of ['fallback', 'svg']) {
        const r = cli(
          'render',
          'goods-balance',
          '--format',
          format,
          '--data',
          'ok.csv',
          '--source',
          'javascript:alert(document.domain)',
        );
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).not.toContain('href="javascript:');
        expect(r.stdout).not.toContain('<a');
        expect(r.stdout).toContain('Data: javascript:alert(document.domain)');
      }
    },
  );

  it(
    'names, files and options that once crashed get one line on stderr and exit 1, never a stack trace',
    { timeout: 40_000 },
    () => {
      let deep = '1';
      for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
      writeFileSync(join(dir, 'app', 'deep.json'), `[{"year":${deep},"exports":1,"imports":2}]`);
      writeFileSync(
        join(dir, 'app', 'deep-object.json'),
        `[{"year":2011,"exports":${deep.replace(/\[/g, '{"a":').replace(/\]/g, '}')},"imports":2}]`,
      );
      for (const [args, message] of [
        [
          ['render', 'constructor'],
          'korus-charts: unknown chart "constructor"; charts: goods-balance, export-promise, before-after.',
        ],
        [['render', '__proto__'], 'korus-charts: unknown chart "__proto__"; charts:'],
        [['render', 'toString'], 'korus-charts: unknown chart "toString"; charts:'],
        [
          ['render', 'goods-balance', '--data', 'deep.json'],
          'korus-charts: Expected a four-digit year (line 1, column “year”), found “array”.',
        ],
        [
          ['render', 'goods-balance', '--data', 'deep-object.json'],
          'korus-charts: Expected a number (line 1, column “exports”), found “object”.',
        ],
        [['render', 'goods-balance', '--measure', 'x'], 'korus-charts: --measure is not a command-line option'],
        [['render', 'goods-balance', '--vars', 'x'], 'korus-charts: --vars is not a command-line option'],
      ] as const) {
        const r = cli(...args);
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stdout).toBe('');
        const [first, ...rest] = r.stderr.trimEnd().split('\n');
        expect(first, args.join(' ')).toContain(message);
        expect(rest, args.join(' ')).toEqual(['Run "korus-charts --help" for the options.']);
      }
    },
  );

  it(
    'reads --data up to 5 MB: a larger file and /dev/zero are refused at once, in bounded memory',
    { timeout: 30_000 },
    () => {
      writeFileSync(join(dir, 'app', 'big.csv'), `year,exports,imports\n${'2011,1,2\n'.repeat(600_000)}`);
      const inputs = ['big.csv', ...(existsSync('/dev/zero') ? ['/dev/zero'] : [])];
      for (const file of inputs) {
        const t0 = Date.now();
        const r = spawnSync(
          process.execPath,
          [
            '--max-old-space-size=64',
            join(dir, 'app/node_modules/.bin/korus-charts'),
            'render',
            'goods-balance',
            '--data',
            file,
          ],
          { cwd: join(dir, 'app'), encoding: 'utf8', timeout: 20_000 },
        );
        expect(r.status, `${file}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toContain(`--data ${file} is larger than 5 MB, the most a chart reads.`);
        expect(Date.now() - t0, file).toBeLessThan(15_000);
      }
      const rows = Array.from({ length: 10_001 }, (_, i) => `${1000 + (i % 9000)},1,2`).join('\n');
      writeFileSync(join(dir, 'app', 'rows.csv'), `year,exports,imports\n${rows}\n`);
      const r = cli('render', 'goods-balance', '--data', 'rows.csv');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('The data has more than 10,000 rows, the most a chart reads.');
    },
  );

  it('explains bad input on stderr and exits 1', { timeout: 30_000 }, () => {
    for (const [args, message] of [
      [['render', 'goods-balance', '--from', '20l1'], 'The attribute “from” must be a four-digit year; found “20l1”.'],
      [['render', 'goods-balance', '--baseline', '2011'], 'goods-balance has no option "baseline"'],
      [['render', 'pie-chart'], 'unknown chart "pie-chart"'],
      [['draw', 'goods-balance'], 'unknown command "draw"'],
      [['render', 'goods-balance', '--format', 'pdf'], '--format must be svg, html, fallback or csv'],
      [['render', 'goods-balance', '--width'], '--width needs a value'],
      [['render', 'goods-balance', '--data', 'missing.csv'], 'cannot read --data missing.csv'],
    ] as const) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });

  it('lists every chart’s options with --help', { timeout: 20_000 }, () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: korus-charts render <chart>');
    expect(r.stdout).toMatch(/export-promise\s+.*--baseline.*--price-year/);
    expect(r.stdout).toMatch(/before-after\s+.*--before --after/);
  });
});
