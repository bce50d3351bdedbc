import { expect } from 'chai';
import { drawn, loadScript, until } from './helpers.js';

// dist/embed.html in an iframe, as a CMS that strips scripts would embed it, with and without the
// parent helper dist/embed-resize.js.
const HEIGHT = 'korus-charts:height';
type Posted = { frame: HTMLIFrameElement; heights: number[] };

function embed(query: string, attrs: Record<string, string> = {}, page = '/dist/embed.html'): Posted {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  frame.title = 'chart';
  // On screen and in view: Chromium throttles rendering (and ResizeObserver) in hidden frames.
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:720px';
  const posted: Posted = { frame, heights: [] };
  window.addEventListener('message', (e) => {
    if (e.source === frame.contentWindow && e.data?.type === HEIGHT) posted.heights.push(e.data.height);
  });
  frame.src = `${page}${query}`;
  document.body.append(frame);
  return posted;
}

async function chartIn<T extends HTMLElement>(frame: HTMLIFrameElement, tag: string): Promise<T> {
  const chart = await until(() => frame.contentDocument?.querySelector<T>(tag), `${tag} in the frame`, 8000);
  await drawn(chart, 8000);
  return chart;
}

const bodyHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
const lastOf = (a: number[]) => a[a.length - 1];

describe('dist/embed.html in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('without the helper: renders the chart from the URL at the fixed height the snippet gives', async () => {
    const { frame, heights } = embed('?chart=goods-balance&lang=ko&from=2007&theme=dark', { height: '720' });
    const chart = await chartIn(frame, 'korus-goods-balance');
    expect(chart.getAttribute('lang')).to.equal('ko');
    expect(chart.getAttribute('from')).to.equal('2007');
    expect(chart.getAttribute('theme')).to.equal('dark');
    const firstRow = chart.shadowRoot!.querySelector('tbody tr');
    expect(firstRow?.getAttribute('data-key')).to.equal('2007');
    expect(chart.shadowRoot!.querySelector('[part="title"]')?.textContent).to.match(/[\uac00-\ud7a3]/); // Korean
    expect(Math.round(chart.getBoundingClientRect().width), 'fills the frame width').to.equal(720);
    await until(() => heights.length > 0, 'a height message');
    expect(frame.getBoundingClientRect().height).to.equal(720);
  });

  it('with the helper: the iframe takes the height the page posts, and follows it when it grows', async () => {
    await loadScript('/dist/embed-resize.js');
    const { frame, heights } = embed('?chart=goods-balance&from=2007');
    const chart = await chartIn(frame, 'korus-goods-balance');
    await until(() => heights.length && lastOf(heights) === bodyHeight(frame), 'the posted height to match the page');
    const posted = lastOf(heights);
    expect(posted).to.be.greaterThan(300);
    await until(() => Math.round(frame.getBoundingClientRect().height) === posted, 'the helper to resize the frame');
    // Showing the data table makes the page taller: the frame follows.
    chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
    await until(() => lastOf(heights) > posted + 100, 'a taller height after showing the table');
    await until(() => Math.round(frame.getBoundingClientRect().height) === lastOf(heights), 'the frame to grow');
  });

  it('the helper also sizes a frame that posted before it loaded (it asks once)', async () => {
    // The helper is already on this page; a new frame posts on its own, so check the ask path:
    // the frame answers a measure request with its current height.
    const { frame, heights } = embed('?chart=before-after&before=2011&after=2016');
    await chartIn(frame, 'korus-before-after');
    await until(() => heights.length > 0, 'a first height');
    const count = heights.length;
    frame.contentWindow!.postMessage({ type: 'korus-charts:measure' }, '*');
    await until(() => heights.length > count, 'a height in answer to the measure request');
    expect(lastOf(heights)).to.equal(bodyHeight(frame));
  });

  it('works in a sandboxed frame (scripts only, opaque origin)', async () => {
    const { frame, heights } = embed('?chart=export-promise&promise=11&baseline=2011', { sandbox: 'allow-scripts' });
    await until(() => heights.length && lastOf(heights) > 300, 'a height from the sandboxed frame', 8000);
    await until(() => Math.round(frame.getBoundingClientRect().height) === lastOf(heights), 'the helper to resize it');
  });

  it('the helper leaves alone a frame that is not a korus embed, on another origin, sandboxed or not', async () => {
    await loadScript('/dist/embed-resize.js');
    const other = `http://127.0.0.1:${location.port}`;
    const frames = [
      { src: `${other}/test-api/poster` },
      { src: `${other}/test-api/poster`, sandbox: 'allow-scripts' },
      { src: '/test-api/poster' },
    ].map((attrs) => {
      const frame = document.createElement('iframe');
      for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
      frame.style.cssText = 'border:0;width:300px;height:100px';
      document.body.append(frame);
      return frame;
    });
    const posts = new Set<MessageEventSource | null>();
    const count = (e: MessageEvent) => e.data?.type === HEIGHT && posts.add(e.source);
    window.addEventListener('message', count);
    try {
      await until(() => frames.every((f) => posts.has(f.contentWindow)), 'each frame to post 4000 px', 8000);
      await new Promise((r) => setTimeout(r, 200));
      expect(frames.map((f) => f.getBoundingClientRect().height)).to.deep.equal([100, 100, 100]);
    } finally {
      window.removeEventListener('message', count);
    }
  });

  it('the helper resizes an embed only from an allowed origin: its src redirected elsewhere needs data-origins', async () => {
    await loadScript('/dist/embed-resize.js');
    const { frame, heights } = embed(
      '?chart=goods-balance&from=2007',
      { height: '100' },
      '/test-api/elsewhere/embed.html',
    );
    await until(() => heights.length && lastOf(heights) > 300, 'heights from the page on 127.0.0.1', 8000);
    await new Promise((r) => setTimeout(r, 200));
    expect(frame.getBoundingClientRect().height, 'not resized from an origin the page does not allow').to.equal(100);
    const helper = document.createElement('script');
    helper.src = '/dist/embed-resize.js?with-origins';
    helper.dataset.origins = `https://example.org http://127.0.0.1:${location.port}`;
    document.head.append(helper);
    await until(
      () => Math.round(frame.getBoundingClientRect().height) === lastOf(heights),
      'the allowed frame resized',
    );
  });

  it('in the sandbox the README recommends: Korean words, and Download saves the file', async () => {
    const readme = await (await fetch('/README.md')).text();
    const sandbox = readme.match(/<iframe src="[^"]*\/embed\.html[^"]*"[^>]*\ssandbox="([^"]+)"/)![1];
    expect(sandbox.split(' ')).to.include('allow-scripts');
    expect(sandbox.split(' '), 'an opaque origin, as the README says').not.to.include('allow-same-origin');
    const reports: { title?: string; saved?: string[]; alert?: string | null; errors?: string[] }[] = [];
    const { frame } = embed('?chart=goods-balance&lang=ko&from=2007', { sandbox }, '/test-api/dist/report/embed.html');
    window.addEventListener('message', (e) => {
      if (e.source === frame.contentWindow && e.data?.type === 'test:embed-report') reports.push(e.data);
    });
    const title = await until(() => reports.find((r) => r.title !== undefined)?.title, 'the chart title', 10000);
    expect(title, 'Korean words in the sandboxed frame').to.contain('미국의 대한국 상품 교역');
    const saved = await until(() => reports.find((r) => r.saved), 'the outcome of a CSV download', 10000);
    expect(saved.errors).to.deep.equal([]);
    expect(saved.alert).to.equal(null);
    expect(saved.saved).to.have.length(1);
    expect(saved.saved![0]).to.match(/\.csv$/);
  });

  it("passes another chart's own attributes", async () => {
    const { frame } = embed('?chart=export-promise&promise=11&baseline=2011&dollars=real&lang=en');
    const chart = await chartIn(frame, 'korus-export-promise');
    expect(['promise', 'baseline', 'dollars', 'lang'].map((a) => chart.getAttribute(a))).to.deep.equal([
      '11',
      '2011',
      'real',
      'en',
    ]);
  });

  it('renders URL values as text only, and never sets src or handlers', async () => {
    const title = '<img src=x onerror="parent.__pwned=1">';
    const q = new URLSearchParams({
      chart: 'goods-balance',
      'chart-title': title,
      src: '/test/fixtures/good.csv',
      onclick: 'parent.__pwned=1',
    });
    const { frame } = embed(`?${q}`);
    const chart = await chartIn(frame, 'korus-goods-balance');
    expect(chart.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(title);
    expect(chart.shadowRoot!.querySelector('img')).to.equal(null);
    expect(chart.hasAttribute('src')).to.equal(false);
    expect(chart.hasAttribute('onclick')).to.equal(false);
    expect((window as Window & { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says which chart it could not find, as text', async () => {
    const { frame, heights } = embed('?chart=%3Cb%3Enope');
    const alert = await until(() => frame.contentDocument?.querySelector('[role="alert"]'), 'the message', 8000);
    expect(alert.textContent).to.equal('korus-charts: there is no chart called "<b>nope".');
    await until(() => heights.length > 0, 'a height for the message');
  });
});
