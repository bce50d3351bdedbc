import { describe, expect, it } from 'vitest';
import { renderChart, RenderError } from '../../../src/ssr/index.js';

const shadow = (html: string) => html.slice(html.indexOf('shadowrootmode="open"'), html.lastIndexOf('</template>'));

describe('korus-charts/ssr: the elements through Lit SSR', () => {
  it('writes each chart as Declarative Shadow DOM with title, SVG marks, source line and data button', () => {
    for (const [chart, words] of [
      ['goods-balance', 'U.S. goods trade with South Korea, 2005–2025'],
      ['export-promise', 'the KORUS promise'],
      ['before-after', '2011 and 2016'],
    ] as const) {
      const out = renderChart(chart, {});
      expect(out).toMatch(new RegExp(`^(<!--[^>]*-->)?<korus-${chart}[ >]`));
      const root = shadow(out);
      expect(root).toContain('<style>');
      expect(root).toMatch(/<p class="title" part="title" id="title"><!--lit-part-->[^<]+/);
      expect(root).toContain(words);
      expect(root).toMatch(/<svg aria-hidden="true" width="640" height="\d+" viewBox="0 0 640 \d+">/);
      expect((root.match(/<(path|rect|circle|line)\b/g) ?? []).length).toBeGreaterThan(10);
      expect(root).toContain('census.gov');
      expect(root).toMatch(/<button[^>]*aria-expanded="false"/);
    }
  });

  it('renders in Korean at the width given, with the attributes as written', () => {
    const out = renderChart('goods-balance', { lang: 'ko', width: 480, from: 2010, theme: 'dark' });
    expect(out).toMatch(/<korus-goods-balance[^>]* lang="ko"/);
    expect(out).toMatch(/<korus-goods-balance[^>]* from="2010"/);
    expect(out).toMatch(/<korus-goods-balance[^>]* theme="dark"/);
    expect(out).toContain('<figure part="figure" lang="ko"');
    expect(out).toContain('viewBox="0 0 480 278"'); // 58cqi of 480 px = 278 px
    expect(out).toContain('억 달러');
    expect(out).toContain('2010~2025');
  });

  it('draws what needs the monthly series (a partial year, a range of months), in both languages, instead of leaving it waiting', () => {
    const en = shadow(renderChart('before-after', { before: 2025, after: 2026 }));
    expect(en).toContain('January–August 2025 and January–August 2026');
    expect(en).toMatch(/<svg aria-hidden="true" width="640"/);
    expect(en).toContain('$55.0B');
    const ko = shadow(renderChart('before-after', { before: '2025-01/2025-08', after: '2026-01/2026-08', lang: 'ko' }));
    expect(ko).toContain('2025년 1~8월');
    expect(ko).toContain('550억');
    expect(shadow(renderChart('goods-balance', { interval: 'month', from: '2025-01' }))).toMatch(/<svg aria-hidden/);
  });

  it('leaves theme unset for "system", so the reader decides', () => {
    expect(renderChart('before-after', { theme: 'system' })).toMatch(/^(<!--[^>]*-->)?<korus-before-after>/);
  });

  it('shows a bad option inside the chart, as the element does', () => {
    const out = renderChart('goods-balance', { from: 'soon' });
    expect(out).toMatch(/role="alert" part="error"><!--lit-part-->[^<]*soon/);
    expect(out).not.toContain('<svg');
  });

  it('refuses an unknown chart, option or size with a RenderError', () => {
    expect(() => renderChart('pie' as 'goods-balance')).toThrow(RenderError);
    expect(() => renderChart('goods-balance', { colour: 'red' })).toThrow(/has no option "colour"/);
    expect(() => renderChart('goods-balance', { width: 50 })).toThrow(/width must be a number of pixels/);
  });

  it('escapes attribute values: page text never becomes markup', () => {
    const out = renderChart('goods-balance', { chartTitle: '"><script>alert(1)</script>' });
    expect(out).not.toContain('<script>');
    expect(out).toContain('chart-title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
