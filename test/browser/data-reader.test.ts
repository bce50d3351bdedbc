import { expect } from 'chai';
import { TAGS, alertOf, cleanup, drawn, framePage, mount, requestsTo, tableRows, until } from './helpers.js';

// The script-tag bundles leave the code that reads a page's own data (`src`, `data`) in
// dist/data-reader.js and load it from their own folder on first use. These tests load the
// built bundle (not the sources) to check what a reader of a CMS page gets.
before(async () => {
  await import('/dist/korus-charts.js' as string);
});
afterEach(cleanup);

describe('the data reader (dist/data-reader.js) of the script-tag bundles', () => {
  it('is not requested by charts that show the embedded Census series', async () => {
    for (const tag of TAGS) await drawn(mount(`<${tag}></${tag}>`, 640));
    expect(requestsTo('/dist/data-reader.js')).to.equal(0);
  });

  it('reads a `data` array on first use; updateComplete waits for it, and the chart shows those numbers', async () => {
    const el = mount<HTMLElement & { data: unknown; updateComplete: Promise<boolean> }>(
      '<korus-goods-balance lang="en"></korus-goods-balance>',
      640,
      (e) => {
        e.data = [
          { year: 2020, exports: 1000, imports: 2500 },
          { year: 2021, exports: 1500, imports: 2000 },
        ];
      },
    );
    await el.updateComplete;
    // The words and the table come from the data at once; the plot draws when the element has a size.
    expect(tableRows(el)['2021'], 'table once updateComplete resolves').to.deep.equal(['2021', '1.5', '2.0', '−0.5']);
    await drawn(el);
    expect(requestsTo('/dist/data-reader.js')).to.equal(1);
  });

  it('gives the specific message for a bad `data` array and for a bad file, in the chart language', async () => {
    const bad = mount<HTMLElement & { data: unknown }>(
      '<korus-goods-balance lang="en"></korus-goods-balance>',
      640,
      (e) => {
        e.data = [{ year: 2020, exports: 'lots', imports: 2500 }];
      },
    );
    expect((await alertOf(bad)).textContent).to.contain('Expected a number (line 1, column “exports”), found “lots”.');
    const file = mount('<korus-goods-balance lang="ko" src="/test/fixtures/bad-cell.csv"></korus-goods-balance>', 640);
    expect((await alertOf(file)).textContent).to.match(/번째 줄.*숫자가 있어야 하는데/);
    expect(requestsTo('/dist/data-reader.js'), 'loaded once for the page').to.equal(1);
  });

  it('loads a `src` file through the reader and draws it', async () => {
    const el = mount('<korus-goods-balance src="/test/fixtures/good.csv"></korus-goods-balance>', 640);
    await drawn(el, 8000);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('when data-reader.js is missing beside the script, says so inside the chart instead of throwing', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="en"></korus-goods-balance><korus-goods-balance id="embedded"></korus-goods-balance>',
      '/test-api/dist/alone/korus-goods-balance.js',
    );
    const el = page.doc.querySelector('korus-goods-balance') as HTMLElement & { data: unknown };
    el.data = [{ year: 2020, exports: 1000, imports: 2500 }];
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('data-reader.js');
    expect(alert.textContent).to.contain('same folder');
    // A chart with the embedded series on the same page still draws.
    await drawn(page.doc.getElementById('embedded')!);
    expect(page.errors).to.deep.equal([]);
  });

  it('a chart removed while data-reader.js loads never sends its request', async () => {
    const id = Math.random().toString(36).slice(2);
    const page = await framePage(
      `<korus-goods-balance lang="en" src="/test-api/hold?id=reader${id}"></korus-goods-balance>`,
      `/test-api/dist/held-${id}/korus-goods-balance.js`,
    );
    const el = page.doc.querySelector('korus-goods-balance')!;
    await new Promise((r) => setTimeout(r, 200));
    el.remove();
    await fetch(`/test-api/release?id=${id}`);
    await until(() => requestsTo('data-reader.js', page.win) > 0, 'the data reader to load');
    await new Promise((r) => setTimeout(r, 600));
    const { aborted } = await (await fetch(`/test-api/aborted?id=reader${id}`)).json();
    // null: never asked; true: asked and cancelled. false would be a request left open.
    expect(aborted, 'request left open by a removed chart').to.not.equal(false);
    expect(page.errors).to.deep.equal([]);
  });
});
