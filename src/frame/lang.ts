/**
 * The language that applies to an element: its own lang attribute, else the nearest ancestor's,
 * crossing shadow roots (a chart inside another component still follows the page), else ''.
 */
export function inheritedLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang !== '') return lang;
    // getRootNode is missing on a server's DOM shim (korus-charts/ssr): there only the chart's own lang counts.
    node = node.parentElement ?? (node.getRootNode?.() as ShadowRoot | undefined)?.host ?? null;
  }
  return '';
}

const following = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Keeps a connected chart in step with every way its inherited language can change: a `lang`
 * change in its document (any frame's, the <html> element replaced too) or in any shadow root
 * above it, which a document's observer does not see; and a move under other ancestors, which is
 * a new connection. One observer for every chart; each chart rechecks its language.
 */
export function followLang(el: Element & { requestUpdate(): void }, connected: boolean): void {
  if (!connected) {
    following.delete(el);
    return;
  }
  following.add(el);
  observer ??= new MutationObserver(() => following.forEach((c) => c.requestUpdate()));
  // The chart's tree, each shadow root above it up to its document (observing a node again only
  // renews its options; the observer keeps no node alive).
  for (let root: Node = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, LANG_CHANGES);
    if (!(root as Partial<ShadowRoot>).host) break;
  }
  el.requestUpdate();
}
