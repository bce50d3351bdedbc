import type { ReactiveControllerHost } from 'lit';
import type { FocusState, PlotEvent } from './focus.js';
import type { FocusStop } from './view-model.js';

type Interact = typeof import('./interact.js');
let interact: Interact | undefined;
let interactLoad: Promise<Interact | undefined> | undefined;

/** The interaction code, once loaded (or handed over by useInteract). */
export const interaction = (): Interact | undefined => interact;

/** Hands over the interaction code at once (the hydrating entry has every module at hand). */
export function useInteract(m: Interact): void {
  interact = m;
}

/** The keys the plot handles whatever its state (Escape only while a stop is, or may be, active). */
const KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End)$/;

/**
 * Keyboard and pointer focus over a chart's stops: the plot's one event listener, the state, and
 * the sentence for the live region. Only the listener is here: what an event does (focus.ts) and
 * the tooltip come with dist/interact.js, loaded once per page on a reader's first event. Events
 * that fire meanwhile are recorded and handled in order when it arrives; the keys the plot
 * handles are kept from scrolling the page at once. If it cannot be loaded, the chart stays as
 * drawn and the next event tries again. The members have no leading underscore: interact.js,
 * another bundle, reads them.
 */
export class FocusController {
  state: FocusState = {};
  announcement = '';
  queue: PlotEvent[] = [];
  /** The interaction code on its way for recorded events; updateComplete waits for it too. */
  _awaiting?: Promise<void>;

  constructor(
    readonly host: ReactiveControllerHost & Element,
    readonly stops: () => readonly FocusStop[],
  ) {}

  handleEvent(e: KeyboardEvent & PointerEvent): void {
    const { type, key } = e;
    const escape = key === 'Escape' && (this.state.active !== undefined || this.queue.length > 0);
    if (type === 'keydown' && this.stops().length && (KEYS.test(key) || escape)) e.preventDefault();
    if (type === 'pointerleave' && this.host.shadowRoot?.activeElement?.classList.contains('plot')) return;
    // The pointer's place is read when it moves, and only then (a layout read).
    const box = type === 'pointermove' ? (e.currentTarget as Element).getBoundingClientRect() : undefined;
    this.queue.push({ type, key, x: box && e.clientX - box.left, y: box && e.clientY - box.top });
    if (interact) return interact.flush(this);
    this._awaiting ??= (interactLoad ??= import('./interact.js').then(
      (m) => (interact = m),
      (error) => {
        interactLoad = undefined;
        console.warn('korus-charts: interact.js (next to the script) could not be loaded.', error);
        return undefined;
      },
    )).then((m) => {
      this._awaiting = undefined;
      if (m) m.flush(this);
      else this.queue = [];
    });
  }
}
