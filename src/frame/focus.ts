import type { FocusStop } from './view-model.js';

/** Which stop is active, and which of its marks (`parts`), for charts with several per stop. */
export interface FocusState {
  active?: number;
  part?: number;
}

/**
 * What a reader did on the plot, as plain data recorded when the event fired (so an event that
 * waited for dist/interact.js is handled as it would have been at once): the DOM event's type,
 * its key, and the pointer's place inside the plot.
 */
export interface PlotEvent {
  type: string;
  key?: string;
  x?: number;
  y?: number;
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
 * The state after an event on the plot, with the live region's sentence where the reader moved
 * by keyboard or focus; undefined when the event changes nothing. Focus lands on the latest
 * year: that is where a reader's question usually starts.
 */
export function focusAfter(
  s: FocusState,
  e: PlotEvent,
  stops: readonly FocusStop[],
): { state: FocusState; announce?: string } | undefined {
  let state: FocusState | undefined;
  if (e.type === 'keydown') state = focusAfterKey(s, e.key!, stops);
  else if (e.type === 'pointermove') {
    if (!stops.length) return undefined;
    const [x, y] = [e.x!, e.y!];
    const i = stops.findIndex((t) => x >= t.x0 && x < t.x1 && y >= (t.y0 ?? -Infinity) && y < (t.y1 ?? Infinity));
    return { state: select(stops, i >= 0 ? i : undefined, s.part) };
  } else if (e.type === 'focus') {
    if (s.active !== undefined) return undefined;
    state = select(stops, stops.length - 1);
  } else return { state: {} };
  const stop = state?.active !== undefined ? stops[state.active] : undefined;
  const announce = stop && (state!.part !== undefined ? stop.parts![state!.part].announce : stop.announce);
  return state && { state, announce };
}

/** An active stop beyond the last (after a new layout) made the last. */
export function clamp(s: FocusState, count: number): FocusState {
  return s.active !== undefined && s.active >= count ? { ...s, active: count ? count - 1 : undefined } : s;
}
