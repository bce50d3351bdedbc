// dist/embed-resize.js: the optional helper for a page that embeds dist/embed.html in iframes.
// A height message resizes only the frame it came from, and only when that frame is a korus embed
// (its src is …/embed.html?chart=…) whose page is on an allowed origin: this page's own, the
// origin of the frame's src, or one the script tag lists in data-origins (space-separated, e.g.
// for an embed URL that redirects to a CDN). A sandboxed frame without allow-same-origin has no
// origin of its own ("null"): its src is all the helper can check.
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from './protocol.js';

const MAX_HEIGHT_PX = 5000;
const allowed = [location.origin, ...(document.currentScript?.dataset.origins ?? '').split(/\s+/)];

/** The frame's src as a URL when it is a korus embed, else undefined. */
function embedURL(frame: HTMLIFrameElement): URL | undefined {
  try {
    const url = new URL(frame.src);
    return /\/embed(\.html)?$/.test(url.pathname) && url.searchParams.has('chart') ? url : undefined;
  } catch {
    return undefined;
  }
}

addEventListener('message', (e: MessageEvent) => {
  const height = e.data?.type === HEIGHT_MESSAGE ? e.data.height : NaN;
  if (!(typeof height === 'number' && height >= 0 && height <= MAX_HEIGHT_PX)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    const url = frame.contentWindow === e.source && embedURL(frame);
    if (!url) continue;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    const origin = opaque && e.origin === 'null' ? url.origin : e.origin;
    if (origin === url.origin || allowed.includes(origin)) frame.style.height = `${Math.ceil(height)}px`;
  }
});

// Frames that posted before this script ran: ask each embed once.
const ask = () =>
  document.querySelectorAll('iframe').forEach((f) => {
    if (embedURL(f)) f.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
  });
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ask);
else ask();
