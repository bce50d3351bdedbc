// What a chart needs once a reader points at or focuses its plot: the focus moves, the live
// region's sentence, the tooltip and its placement. The script-tag bundles load it from their own
// folder as dist/interact.js on the first such event (focus-controller.ts, scripts/lazy-chunks.mjs);
// in an app it is a dynamic import the app's bundler splits off. It reads the controller only
// through names without a leading underscore: terser renames those per bundle.
import { focusAfter, type FocusState, type PlotEvent } from './focus.js';
import type { FocusStop } from './view-model.js';

export { clamp } from './focus.js';
import { adoptTooltipStyles } from './tooltip.js';

export { placeTooltip, tooltip } from './tooltip.js';

/** The controller as this chunk sees it (FocusController in focus-controller.ts). */
export interface Focus {
  state: FocusState;
  announcement: string;
  queue: PlotEvent[];
  host: Element & { requestUpdate(): void };
  stops(): readonly FocusStop[];
}

/** Handles the events recorded so far, in order, and asks for an update when one changed something. */
export function flush(f: Focus): void {
  let changed = false;
  for (const e of f.queue.splice(0)) {
    const next = focusAfter(f.state, e, f.stops());
    if (!next) continue;
    changed = true;
    f.state = next.state;
    if (next.announce !== undefined) f.announcement = next.announce;
  }
  if (!changed) return;
  if (f.host.shadowRoot) adoptTooltipStyles(f.host.shadowRoot);
  f.host.requestUpdate();
}
