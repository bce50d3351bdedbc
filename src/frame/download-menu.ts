import { html, type TemplateResult } from 'lit';
import type { FrameMessages } from '../format/messages.js';
import type { Format } from './download.js';

function choose(el: HTMLElement, format: Format, menu: HTMLDetailsElement): void {
  menu.open = false;
  menu.querySelector('summary')!.focus();
  // The code that makes files loads on first use, so the script-tag bundles stay small.
  import('./download.js').then(
    (d) => d.save(el, format),
    (e) => console.error('korus-charts: the download code (download.js, next to the script) could not be loaded.', e),
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
export function downloadMenu(el: HTMLElement, frame: FrameMessages): TemplateResult {
  const item = (format: Format) =>
    html`<button type="button" data-format=${format} @click=${(e: Event) => choose(el, format, (e.currentTarget as Element).closest('details')!)}>
      ${frame.downloads[format]}
    </button>`;
  return html`<details class="downloads" @keydown=${onKeyDown}>
    <summary part="button">${frame.download}</summary>
    <div class="download-list" part="menu">${item('csv')}${item('svg')}${item('png')}</div>
  </details>`;
}
