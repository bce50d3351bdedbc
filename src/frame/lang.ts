/**
 * The language that applies to an element: its own lang attribute, else the nearest ancestor's,
 * crossing shadow roots (a chart inside another component still follows the page), else ''.
 */
export function inheritedLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang !== '') return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return '';
}

const following = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/**
 * Keeps a connected chart in step with `lang` changes anywhere in the page (an app switching
 * `<html lang>` at run time): one observer for every chart, each chart rechecks its language.
 */
export function followLang(el: { requestUpdate(): void }, connected: boolean): void {
  if (!connected) {
    following.delete(el);
    return;
  }
  following.add(el);
  if (observer) return;
  observer = new MutationObserver(() => following.forEach((c) => c.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}
