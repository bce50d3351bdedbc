// The command line as a user gets it: `npm pack`, install the tarball in an empty folder (from
// npm's cache, no network needed), run `npx korus-charts render ...`. `npm test` builds first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(html.stdout).toMatch(/^<korus-before-after before="2012" after="2017" metrics="exports">/);
    const csv = cli('render', 'export-promise', '--format', 'csv', '--dollars', 'real', '--price-year', '2011');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /^Year,Exports \(US\$ billions\),Line \(US\$ billions\),.* \(US\$ billions\)$/,
    );
    expect(csv.stdout).toContain('constant 2011');
  });

  it('reads --data from a CSV file and names it in the source line', { timeout: 20_000 }, () => {
    writeFileSync(join(dir, 'app', 'trade.csv'), 'year,exports,imports\n2010,100,200\n2011,150,220\n');
    const r = cli('render', 'goods-balance', '--data', 'trade.csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Data: trade.csv');
  });

  it('explains bad input on stderr and exits 1', { timeout: 30_000 }, () => {
    for (const [args, message] of [
      [['render', 'goods-balance', '--from', '20l1'], 'The attribute “from” must be a four-digit year; found “20l1”.'],
      [['render', 'goods-balance', '--baseline', '2011'], 'goods-balance has no option "baseline"'],
      [['render', 'pie-chart'], 'unknown chart "pie-chart"'],
      [['draw', 'goods-balance'], 'unknown command "draw"'],
      [['render', 'goods-balance', '--format', 'pdf'], '--format must be svg, html or csv'],
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
