/**
 * The language that applies to an element: its own lang attribute, else the nearest ancestor's,
 * crossing shadow roots (a chart inside another component still follows the page), else ''.
 */
export function inheritedLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang !== '') return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return '';
}
