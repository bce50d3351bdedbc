import { html, type TemplateResult } from 'lit';
import type { TableModel } from './view-model.js';

/** The chart's data table: always in the accessibility tree; only its visibility toggles. */
export function dataTable(t: TableModel, shown: boolean): TemplateResult {
  return html`<div class="table-wrap ${shown ? '' : 'sr-only'}" part="table" id="data-table">
    <table>
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          ${t.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows.map(
          (r) => html`<tr data-key=${r.key}>
            <th scope="row">${r.cells[0]}</th>
            ${r.cells.slice(1).map((c) => html`<td>${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
