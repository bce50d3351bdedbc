import type { AxeResults, RunOptions } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadScript } from './helpers.js';

/** Emulates media features such as forced-colors and prefers-reduced-motion ({} resets). */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('korus-media-features', features);
}

/** axe-core violations inside one element (shadow DOM included), as readable strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await (await loadAxe()).run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };
let axePromise: Promise<Axe> | undefined;

/** axe-core ships as a classic (UMD) script: load it as one, once. */
function loadAxe(): Promise<Axe> {
  axePromise ??= loadScript('/node_modules/axe-core/axe.min.js').then(() => (window as unknown as { axe: Axe }).axe);
  return axePromise;
}
