import { KorusExportPromise } from './element.js';
import { defineOnce } from '../../frame/define-once.js';
// Types only, so an app importing just this entry gets what the root gives: the korus-* events
// (HTMLElementEventMap) and the React 19 JSX typings (src/jsx.d.ts). No runtime code.
export type * from '../../frame/events.js';
export type * from '../../jsx.js';

defineOnce('korus-export-promise', KorusExportPromise);

declare global {
  interface HTMLElementTagNameMap {
    'korus-export-promise': KorusExportPromise;
  }
}

export { KorusExportPromise };
