import type { ReactiveControllerHost } from 'lit';
import type { FocusStop } from './view-model.js';

/** Which stop is active, and which of its marks (`parts`), for charts with several per stop. */
export interface FocusState {
  active?: number;
  part?: number;
}

/** A stop made active, keeping the focused mark where the new stop has one at that place. */
export function select(stops: readonly FocusStop[], active: number | undefined, part?: number): FocusState {
  const parts = active !== undefined ? stops[active]?.parts : undefined;
  return { active, part: parts?.length && part !== undefined ? Math.min(part, parts.length - 1) : undefined };
}

/**
 * The state after a key, or undefined when the key does nothing here. Left/Right move between
 * stops (years), keeping the focused mark; Up/Down move between the marks of a stop where it has
 * several (exports, imports, balance), else between stops too. Home/End jump to the ends;
 * Escape hides the tooltip.
 */
export function focusAfterKey(s: FocusState, key: string, stops: readonly FocusStop[]): FocusState | undefined {
  const count = stops.length;
  if (count === 0) return undefined;
  const current = s.active ?? -1;
  const parts = current >= 0 ? (stops[current].parts?.length ?? 0) : 0;
  if ((key === 'ArrowUp' || key === 'ArrowDown') && parts > 0) {
    const now = s.part ?? -1;
    return select(stops, current, key === 'ArrowDown' ? Math.min(parts - 1, now + 1) : now <= 0 ? 0 : now - 1);
  }
  if (key === 'Escape') return s.active === undefined ? undefined : {};
  const next =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? Math.min(count - 1, current + 1)
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? current < 0
          ? count - 1
          : Math.max(0, current - 1)
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : undefined;
  return next === undefined ? undefined : select(stops, next, s.part);
}

/**
 * Keyboard and pointer focus over a chart's stops: the plot's event handlers, the state, and the
 * sentence for the live region. Focus lands on the latest year: that is where a reader's
 * question usually starts.
 */
export class FocusController {
  _state: FocusState = {};
  _announcement = '';

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _stops: () => readonly FocusStop[],
  ) {}

  /** Makes `next` the state; with `announce`, the live region reads the focused mark or stop. */
  private _set(next: FocusState, announce?: boolean): void {
    this._state = next;
    const stop = next.active !== undefined ? this._stops()[next.active] : undefined;
    if (announce && stop)
      this._announcement = next.part !== undefined ? stop.parts![next.part].announce : stop.announce;
    this._host.requestUpdate();
  }

  /** After a new layout: an active stop beyond the last becomes the last. */
  _clamp(count: number): void {
    const { active } = this._state;
    if (active !== undefined && active >= count)
      this._state = { ...this._state, active: count ? count - 1 : undefined };
  }

  _onKeyDown = (e: KeyboardEvent): void => {
    const next = focusAfterKey(this._state, e.key, this._stops());
    if (!next) return;
    e.preventDefault();
    this._set(next, next.active !== undefined);
  };

  _onPointerMove = (e: PointerEvent): void => {
    const stops = this._stops();
    if (!stops.length) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const [x, y] = [e.clientX - box.left, e.clientY - box.top];
    const i = stops.findIndex((s) => x >= s.x0 && x < s.x1 && y >= (s.y0 ?? -Infinity) && y < (s.y1 ?? Infinity));
    this._set(select(stops, i >= 0 ? i : undefined, this._state.part));
  };

  _onPointerLeave = (): void => {
    if (this._host.shadowRoot?.activeElement?.classList.contains('plot')) return;
    this._set({});
  };

  _onFocus = (): void => {
    if (this._state.active === undefined) this._set(select(this._stops(), this._stops().length - 1), true);
  };

  _onBlur = (): void => this._set({});
}
