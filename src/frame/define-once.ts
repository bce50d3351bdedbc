// Every defining entry imports this module, so each carries the event typings too.
import './events.js';

/**
 * Registers a tag once, and only where custom elements exist: importing in Node (server-side
 * rendering frameworks) does nothing, and a page that loads the bundle twice keeps the first
 * definition instead of throwing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
