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

/** The sentence the live region reads for a state: the focused mark's, else the stop's. */
export function announcement(stops: readonly FocusStop[], s: FocusState): string | undefined {
  const stop = s.active !== undefined ? stops[s.active] : undefined;
  return stop && (s.part !== undefined ? stop.parts![s.part].announce : stop.announce);
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
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return select(stops, Math.min(count - 1, current + 1), s.part);
    case 'ArrowLeft':
    case 'ArrowUp':
      return select(stops, current < 0 ? count - 1 : Math.max(0, current - 1), s.part);
    case 'Home':
      return select(stops, 0, s.part);
    case 'End':
      return select(stops, count - 1, s.part);
    case 'Escape':
      return s.active === undefined ? undefined : {};
  }
  return undefined;
}

/** The stop under a point of the plot, if any. */
export const stopAt = (stops: readonly FocusStop[], x: number, y: number): number | undefined => {
  const i = stops.findIndex((s) => x >= s.x0 && x < s.x1 && y >= (s.y0 ?? -Infinity) && y < (s.y1 ?? Infinity));
  return i >= 0 ? i : undefined;
};

/**
 * Keyboard and pointer focus over a chart's stops: the plot's event handlers, the state, and the
 * sentence for the live region. Focus lands on the latest year: that is where a reader's
 * question usually starts.
 */
export class FocusController {
  state: FocusState = {};
  announcement = '';

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _stops: () => readonly FocusStop[],
  ) {}

  private _set(next: FocusState, announce: boolean): void {
    this.state = next;
    const words = announce && announcement(this._stops(), next);
    if (words) this.announcement = words;
    this._host.requestUpdate();
  }

  /** After a new layout: an active stop beyond the last becomes the last. */
  clamp(count: number): void {
    const { active } = this.state;
    if (active !== undefined && active >= count) this.state = { ...this.state, active: count ? count - 1 : undefined };
  }

  onKeyDown = (e: KeyboardEvent): void => {
    const next = focusAfterKey(this.state, e.key, this._stops());
    if (!next) return;
    e.preventDefault();
    this._set(next, next.active !== undefined);
  };

  onPointerMove = (e: PointerEvent): void => {
    const stops = this._stops();
    if (!stops.length) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this._set(select(stops, stopAt(stops, e.clientX - box.left, e.clientY - box.top), this.state.part), false);
  };

  onPointerLeave = (): void => {
    if (this._host.shadowRoot?.activeElement?.classList.contains('plot')) return;
    this._set({}, false);
  };

  onFocus = (): void => {
    if (this.state.active === undefined) this._set(select(this._stops(), this._stops().length - 1), true);
  };

  onBlur = (): void => this._set({}, false);
}
