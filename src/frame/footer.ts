import { html, type TemplateResult } from 'lit';
import { linkable } from '../data/link.js';
import type { SeriesSource } from '../data/types.js';
import type { FrameMessages } from '../format/messages.js';
import { downloadMenu } from './download-menu.js';

/** What the footer shows (part of what the figure shows). */
export interface FooterParts {
  _host: HTMLElement & { requestUpdate(): void };
  _frame: FrameMessages;
  _source?: SeriesSource;
  /** The chart's notes and the page's. */
  _notes: readonly string[];
  _tableShown: boolean;
  _toggleTable: () => void;
}

/** The footer: source line, the chart's notes and the page's, the data button and the Download menu. */
export function footer({
  _host,
  _frame: frame,
  _source: source,
  _notes,
  _tableShown,
  _toggleTable,
}: FooterParts): TemplateResult {
  return html`<footer part="footer">
    <p class="source">
      ${
        source?.kind === 'census'
          ? html`${frame.censusSource.before}<a href=${source.url} target="_blank" rel="noopener noreferrer"
              >${frame.censusSource.link}</a
            >${frame.censusSource.after(source.asOf)}`
          : source?.kind === 'url'
            ? html`${frame.urlSource} ${linkable(source.url) ? html`<a href=${source.url}>${source.url}</a>` : source.url}`
            : frame.propertySource
      }
    </p>
    ${_notes.map((n) => html`<p class="note">${n}</p>`)}
    <button
      part="button"
      type="button"
      aria-expanded=${_tableShown ? 'true' : 'false'}
      aria-controls="data-table"
      @click=${_toggleTable}
    >
      ${_tableShown ? frame.hideData : frame.showData}
    </button>
    ${downloadMenu(_host, frame)}
  </footer>`;
}
