import { expect } from 'chai';

/** The three chart tags, in the order the demo page shows them. */
export const TAGS = ['korus-goods-balance', 'korus-export-promise', 'korus-before-after'] as const;

/**
 * Mounts markup in a fresh container of the given width and returns the first element.
 * `setup` runs on that element before it is attached (for attributes built from values).
 */
export function mount<T extends HTMLElement>(markup: string, widthPx?: number, setup?: (el: T) => void): T {
  const box = document.createElement('div');
  if (widthPx) box.style.width = `${widthPx}px`;
  box.innerHTML = markup; // test-owned markup, never data
  const el = box.firstElementChild as T;
  setup?.(el);
  document.body.append(box);
  return el;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/** Resolves when `check` returns a truthy value; rejects with `what` after `ms`. */
export async function until<T>(
  check: () => T | Promise<T> | undefined | null | false,
  what: string,
  ms = 4000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = await check();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Dispatches a keydown of `key` on `target`, as a keyboard would (bubbling out of shadow roots). */
export function press(target: HTMLElement, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** Loads a script into `doc` (a classic script unless `module`); rejects if it cannot be fetched. */
export function loadScript(
  src: string,
  { doc = document, module = false }: { doc?: Document; module?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    if (module) s.type = 'module';
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}

/** The uncaught errors and unhandled rejections in `win` from now on, as they arrive. */
export function recordProblems(win: Window = window): string[] {
  const problems: string[] = [];
  win.addEventListener('error', (e) => problems.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
  return problems;
}

/** How many resources `win` has fetched whose URL ends with `suffix`. */
export function requestsTo(suffix: string, win: Window = window): number {
  return win.performance.getEntriesByType('resource').filter((r) => r.name.endsWith(suffix)).length;
}

/** Mounts each chart (with `attrs`) in turn at `widthPx`, checks that it draws its marks, then cleans up. */
export async function allChartsDraw(attrs = '', widthPx = 640): Promise<void> {
  for (const tag of TAGS) {
    const el = mount(`<${tag}${attrs ? ` ${attrs}` : ''}></${tag}>`, widthPx);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('*').length, `${tag} marks`).to.be.greaterThan(10);
  }
  cleanup();
}

/** Waits until a chart has drawn its SVG. */
export function drawn(el: Element, ms?: number): Promise<SVGSVGElement> {
  return until(() => el.shadowRoot?.querySelector('svg') ?? null, `${el.localName} to draw`, ms);
}

export function alertOf(el: HTMLElement): Promise<HTMLElement> {
  return until(
    () => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null,
    `${el.localName} to show an alert`,
  );
}

/** Table body rows as arrays of cell text. */
export function tableRows(el: Element): Record<string, string[]> {
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
  return Object.fromEntries(
    rows.map((r) => [r.getAttribute('data-key')!, [...r.children].map((c) => c.textContent!.trim())]),
  );
}

/**
 * Narrows a drawn chart's container to `widthPx`, waits for the re-layout, and checks that the
 * host does not scroll and that every visible node in `selectors` stays within the host.
 */
export async function narrowTo(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  widthPx: number,
  selectors: string,
  slackPx = 0.5,
): Promise<void> {
  (el.parentElement as HTMLElement).style.width = `${widthPx}px`;
  await until(
    () => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === String(widthPx),
    `the chart to re-layout at ${widthPx} px`,
  );
  await el.updateComplete;
  expectInside(el, widthPx, selectors, slackPx);
}

/**
 * Checks that a drawn chart `widthPx` wide does not scroll and that every visible node in
 * `selectors` (in its shadow root) lies within the host, give or take `slackPx`.
 */
export function expectInside(el: HTMLElement, widthPx: number, selectors: string, slackPx = 0.5): void {
  const host = el.getBoundingClientRect();
  expect(el.scrollWidth, `the chart scrolls: ${el.scrollWidth} px wide in ${widthPx} px`).to.be.at.most(widthPx);
  for (const node of el.shadowRoot!.querySelectorAll(selectors)) {
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    const what = `“${node.textContent || node.localName}” spans ${r.left}–${r.right}, outside ${host.left}–${host.left + widthPx}`;
    expect(r.left, what).to.be.at.least(host.left - slackPx);
    expect(r.right, what).to.be.at.most(Math.min(host.right, host.left + widthPx) + slackPx);
  }
}

/**
 * Pairs of drawn SVG labels that collide: their boxes overlap across (by more than 0.5 px) and
 * their centres are closer down than 0.9 of their mean font size, so their em boxes overlap.
 * Unlike overlappingTexts(), independent of how tall an engine makes a text's box: Firefox's
 * include the font's whole ascent and descent, 20 px for 12 px Hangul in a fallback font.
 */
export function collidingLabels(el: HTMLElement): string[] {
  const labels = [...el.shadowRoot!.querySelectorAll('svg text')]
    .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) }))
    .filter((b) => b.r.width > 0);
  const hits: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const across = a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5;
      const down = Math.abs(a.r.top + a.r.bottom - b.r.top - b.r.bottom) / 2 < 0.9 * ((a.px + b.px) / 2);
      if (across && down) hits.push(`${a.t} / ${b.t}`);
    }),
  );
  return hits;
}

/** Pairs of drawn SVG texts whose boxes overlap by more than the slack (0.5 px across, `slackYPx` down). */
export function overlappingTexts(el: HTMLElement, slackYPx = 0.5): string[] {
  const boxes = [...el.shadowRoot!.querySelectorAll('svg text')]
    .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0);
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].r, boxes[j].r];
      if (
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - slackYPx &&
        b.top < a.bottom - slackYPx
      )
        hits.push(`${boxes[i].t} / ${boxes[j].t}`);
    }
  }
  return hits;
}

/**
 * A fresh page in an on-screen iframe (its own module map and custom-element registry) with
 * `body` (test-owned markup), then (after `beforeScript`) the module `script` loaded into it;
 * with the errors and console warnings the page reports from before the script runs.
 */
export async function framePage(body: string, script: string, beforeScript?: (doc: Document) => void) {
  const frame = document.createElement('iframe');
  // On screen: Chromium throttles rendering (and so ResizeObserver) in off-screen iframes.
  frame.style.cssText = 'position:fixed;top:0;left:0;width:700px;height:700px;border:0';
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><body>${body}</body>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const errors = recordProblems(win);
  const warnings: string[] = [];
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  beforeScript?.(doc);
  await loadScript(script, { doc, module: true });
  return { doc, win, errors, warnings };
}
