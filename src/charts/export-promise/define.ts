import { KorusExportPromise } from './element.js';
import { defineOnce } from '../../frame/define-once.js';

defineOnce('korus-export-promise', KorusExportPromise);

declare global {
  interface HTMLElementTagNameMap {
    'korus-export-promise': KorusExportPromise;
  }
}

export { KorusExportPromise };
