// dist/embed.js: the script of dist/embed.html, the page a CMS embeds in an iframe. It defines
// every tag, renders the chart the URL names, lets it fill the frame's width, and posts the content
// height to the parent (dist/embed-resize.js sizes the iframe). Without a parent helper the frame
// simply keeps the height its snippet gave it.
// One classic script with everything in it: the Korean strings, the data reader's messages and
// the Download code, which the other bundles import on first use, are built in (rollup.config.js).
// A sandboxed frame has an opaque origin, and a module import from it is a cross-origin request
// that most static hosts would refuse (no CORS headers): a lazily loaded file would fail there.
import '../define.js';
import { HEIGHT_MESSAGE, MEASURE_MESSAGE, type HeightMessage } from './protocol.js';
import { planEmbed } from './params.js';

type ObservingElement = CustomElementConstructor & { observedAttributes?: string[] };

function render(): void {
  const body = document.body;
  // Through the CSSOM, not a style element: a strict style-src policy allows this.
  body.style.margin = '0';
  body.style.display = 'flow-root';
  const plan = planEmbed(location.search, (tag) => {
    const ctor = customElements.get(tag) as ObservingElement | undefined;
    return ctor ? (ctor.observedAttributes ?? []) : undefined;
  });
  if (!plan.ok) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = plan.message;
    body.append(p);
    return;
  }
  if (plan.ignored.length) console.warn(`korus-charts embed: ignored URL parameters: ${plan.ignored.join(', ')}`);
  const chart = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) chart.setAttribute(name, value);
  chart.style.setProperty('--korus-padding', '12px');
  body.append(chart);
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // The height is no secret, and the parent's origin is unknown: any CMS may embed the page.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && e.data?.type === MEASURE_MESSAGE) {
      last = -1;
      post();
    }
  });
}

render();
reportHeight();
