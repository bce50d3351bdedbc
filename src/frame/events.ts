import type { KorusErrorDetail } from './base-element.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'korus-error': CustomEvent<KorusErrorDetail>;
    'korus-load': CustomEvent<{ years: number }>;
  }
}

export {};
