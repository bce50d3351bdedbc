/** The detail of a `korus-error` event. */
export interface KorusErrorDetail {
  code: string;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'korus-error': CustomEvent<KorusErrorDetail>;
    'korus-load': CustomEvent<{ years: number }>;
  }
}
