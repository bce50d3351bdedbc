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
export async function until<T>(check: () => T | Promise<T> | undefined | null | false, what: string, ms = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = await check();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Waits until a chart has drawn its SVG. */
export function drawn(el: HTMLElement, ms?: number): Promise<SVGSVGElement> {
  return until(() => el.shadowRoot?.querySelector('svg') ?? null, `${el.localName} to draw`, ms);
}

export function alertOf(el: HTMLElement): Promise<HTMLElement> {
  return until(() => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null, `${el.localName} to show an alert`);
}

/** Table body rows as arrays of cell text. */
export function tableRows(el: HTMLElement): Record<string, string[]> {
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
  return Object.fromEntries(rows.map((r) => [r.getAttribute('data-key')!, [...r.children].map((c) => c.textContent!.trim())]));
}
