import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  widthPx: number;
  heightPx: number;
}

/**
 * The size a chart is laid out at where nothing can be measured: set by korus-charts/ssr while it
 * renders, zero (no layout until the first measurement) in a browser.
 */
export const serverSize: Size = { widthPx: 0, heightPx: 0 };

/**
 * Watches one element of the host's shadow tree with a ResizeObserver (not window resize: a
 * chart's container can change without the window doing so) and asks the host to update when
 * the size changes by a whole pixel or more. Disconnects with the host, so nothing is left behind.
 */
export class ResizeController implements ReactiveController {
  size: Size = { ...serverSize };
  private _observer?: ResizeObserver;
  private _target?: Element;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _find: () => Element | null | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // A server-rendered chart (Declarative Shadow DOM): the first update lays it out at the size
    // the server drew, which hydration needs to adopt the SVG in place; the observer then
    // re-lays it out at its real size, if that differs.
    const svg = !this._target && this._find()?.querySelector('svg');
    if (svg) this.size = { widthPx: +svg.getAttribute('width')!, heightPx: +svg.getAttribute('height')! };
    this._observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const next = { widthPx: Math.round(box.width), heightPx: Math.round(box.height) };
      if (next.widthPx !== this.size.widthPx || next.heightPx !== this.size.heightPx) {
        this.size = next;
        this._host.requestUpdate();
      }
    });
    if (this._target) this._observer.observe(this._target);
  }

  hostUpdated(): void {
    const el = this._find() ?? undefined;
    if (el === this._target) return;
    if (this._target) this._observer?.unobserve(this._target);
    this._target = el;
    if (el) this._observer?.observe(el);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
