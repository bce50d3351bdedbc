import { html, nothing, type TemplateResult } from 'lit';
import type { FrameMessages } from '../format/messages.js';
import type { Format } from './download.js';

type Host = HTMLElement & { requestUpdate(): void };
/** Charts whose last download found no download.js: they say so beside the menu until one works. */
const unavailable = new WeakSet<Host>();

function choose(el: Host, format: Format, menu: HTMLDetailsElement): void {
  menu.open = false;
  menu.querySelector('summary')!.focus();
  const said = (missing: boolean) => {
    if (missing === unavailable.has(el)) return;
    unavailable[missing ? 'add' : 'delete'](el);
    el.requestUpdate();
  };
  // The code that makes files loads on first use, so the script-tag bundles stay small.
  import('./download.js').then(
    (d) => {
      said(false);
      d.save(el, format);
    },
    (e) => {
      said(true);
      console.error('korus-charts: the download code (download.js, next to the script) could not be loaded.', e);
    },
  );
}

function onKeyDown(e: KeyboardEvent): void {
  const menu = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !menu.open) return;
  e.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')!.focus();
}

/**
 * The footer's Download menu: a disclosure (summary, then three buttons in tab order) that
 * saves the chart's table as CSV, or the chart as SVG or as a PNG at twice its size. Files are
 * made when asked, with no network request beyond loading the code that makes them.
 */
export function downloadMenu(el: Host, frame: FrameMessages): TemplateResult {
  const item = (format: Format) =>
    html`<button type="button" data-format=${format} @click=${(e: Event) => choose(el, format, (e.currentTarget as Element).closest('details')!)}>
      ${frame.downloads[format]}
    </button>`;
  return html`<details class="downloads" @keydown=${onKeyDown}>
    <summary part="button">${frame.download}</summary>
    <div class="download-list" part="menu">${item('csv')}${item('svg')}${item('png')}</div>
  </details>${unavailable.has(el) ? html`<p class="alert" role="alert">${frame.downloadUnavailable}</p>` : nothing}`;
}
