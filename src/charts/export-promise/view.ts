import { svg, nothing, type SVGTemplateResult } from 'lit';
import { axes, crosshair, zeroLine } from '../time-chart-view.js';
import { FONT_PX, LEGEND_ROW_PX, type ExportPromiseModel, type Role } from './layout.js';

const SWATCH: Record<Role, (x: number, y: number) => SVGTemplateResult> = {
  exports: (x, y) =>
    svg`<line class="exports-line" x1=${x} x2=${x + 16} y1=${y} y2=${y}></line><circle class="exports-dot" cx=${x + 8} cy=${y} r="3.5"></circle>`,
  target: (x, y) => svg`<line class="target-line" x1=${x} x2=${x + 16} y1=${y} y2=${y}></line>`,
  band: (x, y) => svg`<rect class="band-area" x=${x} y=${y - 5} width="16" height="10"></rect>`,
  latest: (x, y) => svg`<circle class="latest-dot" cx=${x + 8} cy=${y} r="4"></circle>`,
};

/** Marks for an export-promise model. Lit owns every node; no D3 selection touches them. */
export function renderExportPromise(m: ExportPromiseModel, activeYear: number | undefined): SVGTemplateResult {
  const { plot } = m;
  return svg`
    <g class="legend">
      ${m.legend.map((l) => svg`<g class="legend-item" data-role=${l.role}>${SWATCH[l.role](l.x, l.y - 4)}<text class="series-label ${l.role}" x=${l.x + 22} y=${l.y} font-size=${FONT_PX.label}>${l.lines.map((t, i) => svg`<tspan x=${l.x + 22} dy=${i && LEGEND_ROW_PX}>${t}</tspan>`)}</text></g>`)}
    </g>
    ${axes(m, svg`<rect class="band-area" x=${plot.left} y=${m.band.y0} width=${plot.right - plot.left} height=${Math.max(1, m.band.y1 - m.band.y0)}></rect>`)}
    ${zeroLine(m)}
    <g class="gaps">
      ${m.gaps.map(
        (g) =>
          svg`<line class="gap ${g.kind} ${g.year === activeYear ? 'active' : ''}" data-year=${g.year} x1=${g.x} x2=${g.x} y1=${g.y1} y2=${g.y2}></line>`,
      )}
    </g>
    <line class="target-line" x1=${plot.left} x2=${plot.right} y1=${m.target.y} y2=${m.target.y}></line>
    <path class="exports-line" d=${m.exportsPath}></path>
    <g class="exports-points">
      ${m.exports.map(
        (p) =>
          svg`<circle class="exports-dot" data-year=${p.year} cx=${p.x} cy=${p.y} r=${p.year === activeYear ? 5 : 3}></circle>`,
      )}
    </g>
    ${m.latest ? svg`<circle class="latest-dot" data-year=${m.latest.year} cx=${m.latest.x} cy=${m.latest.y} r=${m.latest.year === activeYear ? 6 : 4.5}></circle>` : nothing}
    ${m.axisNote ? svg`<text class="axis-label" x=${m.axisNote.x} y=${m.axisNote.y} font-size=${FONT_PX.tick}>${m.axisNote.text}</text>` : nothing}
    <g class="labels">
      ${m.labels.map(
        (l) =>
          svg`<text class="series-label ${l.role}" data-role=${l.role} x=${l.x} y=${l.y} dy="0.32em" font-size=${FONT_PX.label}>${l.text}</text>`,
      )}
    </g>
    ${crosshair(m, activeYear)}
  `;
}
