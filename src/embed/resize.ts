// dist/embed-resize.js: the optional helper for a page that embeds dist/embed.html in iframes.
// Each iframe takes the height its page posts; a message only ever resizes the frame it came from.
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from './protocol.js';

const MAX_HEIGHT_PX = 5000;

addEventListener('message', (e: MessageEvent) => {
  const height = e.data?.type === HEIGHT_MESSAGE ? e.data.height : NaN;
  if (!(typeof height === 'number' && height >= 0 && height <= MAX_HEIGHT_PX)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === e.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});

// Frames that posted before this script ran: ask every frame once; others ignore the message.
const ask = () =>
  document.querySelectorAll('iframe').forEach((f) => f.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*'));
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ask);
else ask();
