import { expect } from 'chai';
import { captureDownloads, download } from './download-helpers.js';
import { drawn, until } from './helpers.js';

type Win = Window & typeof globalThis & { __violations: string[] };

// test/csp/index.html loads dist/korus-charts.js under default-src 'self'; script-src 'self';
// style-src 'self'; require-trusted-types-for 'script' (test/server/middleware.mjs).
// iife.html loads dist/korus-charts.iife.js as a classic script.
describe('downloads under a strict Content-Security-Policy', () => {
  for (const [page, what] of [
    ['index.html', 'the ES module bundle'],
    ['iife.html', 'the classic script, which loads download.js from its own folder'],
  ])
    it(`${what}: saves CSV, SVG and a 2x PNG with no policy violation`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'position:fixed;top:0;left:0;width:900px;height:900px;border:0';
      frame.src = `/test/csp/${page}`;
      document.body.append(frame);
      const doc = await until(
        () => frame.contentDocument?.querySelector('korus-goods-balance') && frame.contentDocument,
        'the page',
      );
      const win = frame.contentWindow as Win;
      const el = doc.querySelector('korus-goods-balance')!;
      await drawn(el, 8000);

      const capture = captureDownloads(win);
      const saved: { name: string; blob: Blob }[] = [];
      for (const format of ['csv', 'svg', 'png'] as const) {
        const file = await download(el, format, capture);
        expect(file.name, `the ${format} file`).to.match(new RegExp(`\\.${format}$`));
        saved.push(file);
      }
      capture.restore();
      const [csv, svgFile, png] = saved;
      expect(await csv.blob.text()).to.contain('Year,Exports (US$ billions)');
      const svgText = await svgFile.blob.text();
      const width = +/width="(\d+)"/.exec(svgText)![1];
      const height = +/height="(\d+)"/.exec(svgText)![1];
      const bitmap = await createImageBitmap(png.blob);
      expect([bitmap.width, bitmap.height]).to.deep.equal([2 * width, 2 * height]);
      expect(win.__violations).to.deep.equal([]);

      // Why the PNG is painted mark by mark: this policy blocks decoding the SVG as a blob: image.
      const img = doc.createElement('img');
      const loaded = new Promise(
        (resolve) => ((img.onload = () => resolve(true)), (img.onerror = () => resolve(false))),
      );
      img.src = win.URL.createObjectURL(svgFile.blob);
      expect(await loaded).to.equal(false);
      frame.remove();
    });
});
