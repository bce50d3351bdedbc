import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../format/locale.js';
import { dataTable } from './data-table.js';
import { interaction, type FocusController } from './focus-controller.js';
import { footer, type FooterParts } from './footer.js';
import type { Size } from './resize-controller.js';
import type { ChartText, FocusStop } from './view-model.js';

/** What one frame of a chart shows; `text` is undefined until the chart has words (or after a refusal). */
export interface FigureParts extends FooterParts {
  _locale: Locale;
  _text?: ChartText;
  /** The page's replacements for the title and subtitle. */
  _title?: string;
  _subtitle?: string;
  /** The refusal in words; with words already shown, it says the previous chart is kept. */
  _errorMessage?: string;
  /** Data on its way, or a refusal whose words are on their way. */
  _waiting: boolean;
  _size: Size;
  /** The chart's marks at this size, when there is a layout. */
  _marks?: TemplateResult;
  _focus: FocusController;
  _stop?: FocusStop;
}

/**
 * The figure every chart shares: title, subtitle, an alert, the focusable plot with its marks and
 * tooltip, the live region, the screen-reader summary, the footer and the data table.
 */
export function figure(p: FigureParts): TemplateResult {
  const { _text: text, _errorMessage: errorMessage, _frame: frame, _focus: f } = p;
  const { widthPx, heightPx } = p._size;
  return html`<figure part="figure" lang=${p._locale} aria-labelledby="title" aria-describedby="summary">
    ${
      text
        ? html`<p class="title" part="title" id="title">${p._title || text.title}</p>
          <p class="subtitle" part="subtitle">${p._subtitle || text.subtitle}</p>`
        : nothing
    }
    ${errorMessage && text ? html`<div class="alert" role="alert" part="error">${frame.keptPrevious} ${errorMessage}</div>` : nothing}
    <div
      class="plot"
      part="plot"
      tabindex=${text ? '0' : '-1'}
      role="group"
      aria-roledescription="chart"
      aria-labelledby="title"
      aria-describedby="summary hint"
      @keydown=${f}
      @pointermove=${f}
      @pointerleave=${f}
      @focus=${f}
      @blur=${f}
    >
      ${
        errorMessage && !text
          ? html`<div class="alert" role="alert" part="error">${errorMessage}</div>`
          : p._waiting && !text
            ? html`<p class="subtitle">${frame.loading}</p>`
            : nothing
      }
      ${
        p._marks && text
          ? html`<svg aria-hidden="true" width=${widthPx} height=${heightPx} viewBox="0 0 ${widthPx} ${heightPx}">
            ${p._marks}
          </svg>`
          : nothing
      }
      ${p._stop ? interaction()!.tooltip(html, p._stop, f.state.part) : nothing}
    </div>
    <div class="sr-only" aria-live="polite">${f.announcement}</div>
    ${
      text
        ? html`<p class="sr-only" id="summary">${text.summary}</p>
          <p class="sr-only" id="hint">${text.hint ?? frame.plotHint}</p>
          ${footer(p)}
          ${dataTable(text.table, p._tableShown)}`
        : nothing
    }
  </figure>`;
}
