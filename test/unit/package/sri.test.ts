import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytes, exists, pkg, read } from './dist.js';

const sha384 = (path: string) => `sha384-${createHash('sha384').update(bytes(path)).digest('base64')}`;

describe('CDN readiness', () => {
  it('the build records the sha384 of every script it wrote (dist/sri.json)', () => {
    const sri = JSON.parse(read('dist/sri.json')) as { version: string; sha384: Record<string, string> };
    expect(sri.version).toBe(pkg().version);
    expect(Object.keys(sri.sha384)).toEqual(
      expect.arrayContaining(['korus-charts.js', 'korus-charts.iife.js', 'embed-resize.js']),
    );
    for (const [file, hash] of Object.entries(sri.sha384)) expect(hash, file).toBe(sha384(`dist/${file}`));
  });

  it('README shows versioned CDN script tags with integrity and crossorigin', () => {
    const readme = read('README.md');
    const tags = [
      ...readme.matchAll(
        /<script[^>]*src="https:\/\/cdn\.jsdelivr\.net\/npm\/korus-charts@([^/]+)\/dist\/([\w.-]+)"[^>]*>/g,
      ),
    ];
    const withSri = tags.filter(
      ([tag]) => /integrity="sha384-[A-Za-z0-9+/]{64}"/.test(tag) && /crossorigin="anonymous"/.test(tag),
    );
    expect(withSri.length).toBeGreaterThanOrEqual(2);
    for (const [tag, version, file] of withSri) {
      expect(version, tag).toBe(pkg().version);
      expect(exists(`dist/${file}`), tag).toBe(true);
    }
  });
});
