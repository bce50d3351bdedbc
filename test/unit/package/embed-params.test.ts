import { describe, expect, it } from 'vitest';
import { planEmbed } from '../../../src/embed/params.js';

const observed: Record<string, string[]> = {
  'korus-goods-balance': ['lang', 'theme', 'src', 'timeout', 'chart-title', 'from', 'to'],
  'korus-before-after': ['lang', 'theme', 'before', 'after', 'metrics'],
};
const plan = (search: string) => planEmbed(search, (tag) => observed[tag]);

describe('planEmbed (iframe URL -> one chart)', () => {
  it('turns ?chart=goods-balance&lang=ko&from=2007&theme=dark into the tag and its attributes', () => {
    expect(plan('?chart=goods-balance&lang=ko&from=2007&theme=dark')).toEqual({
      ok: true,
      tag: 'korus-goods-balance',
      attributes: [
        ['lang', 'ko'],
        ['from', '2007'],
        ['theme', 'dark'],
      ],
      ignored: [],
    });
  });

  it("takes another chart's own attributes", () => {
    const p = plan('chart=before-after&before=2011&after=2016&metrics=exports');
    expect(p.ok && p.attributes).toEqual([
      ['before', '2011'],
      ['after', '2016'],
      ['metrics', 'exports'],
    ]);
  });

  it('never sets src or timeout, nor an attribute the chart does not observe', () => {
    const p = plan('?chart=goods-balance&src=https://evil.example/x.csv&timeout=1&onload=alert(1)&style=x&from=2010');
    expect(p.ok && p.attributes).toEqual([['from', '2010']]);
    expect(p.ok && p.ignored).toEqual(['src', 'timeout', 'onload', 'style']);
  });

  it('keeps markup in a value as the literal text of an attribute value', () => {
    const p = plan(`?chart=goods-balance&chart-title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(p.ok && p.attributes).toEqual([['chart-title', '<img src=x onerror=alert(1)>']]);
  });

  it('drops values longer than 200 characters', () => {
    const p = plan(`?chart=goods-balance&chart-title=${'x'.repeat(201)}`);
    expect(p.ok && p.ignored).toEqual(['chart-title']);
  });

  it('refuses a chart name that is not a registered korus-* tag, naming what was asked', () => {
    expect(plan('?chart=nope')).toEqual({ ok: false, message: 'korus-charts: there is no chart called "nope".' });
    expect(plan('?chart=../goods-balance').ok).toBe(false);
    expect(plan('?chart=goods-balance><script').ok).toBe(false);
    expect(plan('').ok).toBe(false);
  });
});
