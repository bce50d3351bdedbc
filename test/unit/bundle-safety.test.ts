import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { need, read } from './package/dist.js';

// `npm test` builds before the unit tests run; this reads what would ship.
const bundles = readdirSync(need('dist')).filter((f) => f.endsWith('.js'));

describe('the shipped bundles', () => {
  it('exist', () => {
    expect(bundles).toContain('korus-charts.js');
    expect(bundles).toContain('korus-charts.iife.js');
  });

  for (const file of bundles) {
    const code = read(`dist/${file}`);

    it(`${file} contains no eval, new Function or string timers (strict CSP pages block them)`, () => {
      expect(code).not.toMatch(/\beval\s*\(/);
      expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(code).not.toMatch(/[^.\w]Function\s*\(\s*["'`]/);
      expect(code).not.toMatch(/set(Timeout|Interval)\s*\(\s*["'`]/);
    });

    it(`${file} names no third-party host to contact`, () => {
      // The only URLs are the cited sources, shown as links; nothing is fetched from them.
      const hosts = new Set([...code.matchAll(/https?:\/\/([\w.-]+)/g)].map((m) => m[1]));
      for (const h of hosts)
        expect(h).toMatch(
          /(census\.gov|w3\.org|usitc\.gov|ustr\.gov|govinfo\.gov|bls\.gov|kuna\.net\.kw|voanews\.com|balita\.com|freightwaves\.com|keia\.org|state\.gov|usinfo\.org|aalep\.eu|webarchive|unt\.edu)$/,
        );
    });
  }
});
