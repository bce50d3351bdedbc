import { html, type TemplateResult } from 'lit';
import type { SeriesSource } from '../data/types.js';
import type { FrameMessages } from '../format/messages.js';
import { downloadMenu } from './download-menu.js';

/** The footer: source line, the chart's notes and the page's, the data button and the Download menu. */
export function footer(
  host: HTMLElement,
  source: SeriesSource,
  notes: readonly string[],
  frame: FrameMessages,
  tableShown: boolean,
  toggleTable: () => void,
): TemplateResult {
  return html`<footer part="footer">
    <p class="source">
      ${
        source.kind === 'census'
          ? html`${frame.censusSource.before}<a href=${source.url} target="_blank" rel="noopener noreferrer"
              >${frame.censusSource.link}</a
            >${frame.censusSource.after(source.asOf)}`
          : source.kind === 'url'
            ? html`${frame.urlSource} <a href=${source.url}>${source.url}</a>`
            : frame.propertySource
      }
    </p>
    ${notes.map((n) => html`<p class="note">${n}</p>`)}
    <button
      part="button"
      type="button"
      aria-expanded=${tableShown ? 'true' : 'false'}
      aria-controls="data-table"
      @click=${toggleTable}
    >
      ${tableShown ? frame.hideData : frame.showData}
    </button>
    ${downloadMenu(host, frame)}
  </footer>`;
}
