import { KorusBeforeAfter } from './element.js';
import { defineOnce } from '../../frame/define-once.js';

defineOnce('korus-before-after', KorusBeforeAfter);

declare global {
  interface HTMLElementTagNameMap {
    'korus-before-after': KorusBeforeAfter;
  }
}

export { KorusBeforeAfter };
