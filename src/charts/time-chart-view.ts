import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TimeChartModel } from '../layout/time-chart.js';

const TICK_PX = 12;

/**
 * The parts every chart over years draws the same way (goods-balance, export-promise), placed
 * among each chart's own marks. `axes`: the value axis with its gridlines, the year labels, then
 * whatever the chart draws beneath the milestones' dashed rules, then those rules.
 */
export function axes(m: TimeChartModel, beneathMilestones: unknown = nothing): SVGTemplateResult {
  const { plot } = m;
  return svg`
    <g class="y-axis">
      ${m.yTicks.map(
        (t) => svg`<g class="tick">
          <line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>
          <text x=${plot.left - 6} y=${t.pos} dy="0.32em" text-anchor="end" font-size=${TICK_PX}>${t.label}</text>
        </g>`,
      )}
    </g>
    <g class="x-axis">
      ${m.xTicks.map(
        (t) =>
          svg`<g class="tick"><text x=${t.pos} y=${plot.bottom + 19} text-anchor="middle" font-size=${TICK_PX}>${t.label}</text></g>`,
      )}
    </g>
    ${beneathMilestones}
    <g class="milestones">
      ${m.milestones.map(
        (d) => svg`<g class="milestone" data-id=${d.id}>
          <line x1=${d.x} x2=${d.x} y1=${d.labelY - 10} y2=${plot.bottom}></line>
          <text x=${d.labelX} y=${d.labelY} text-anchor=${d.anchor}>${d.label}</text>
        </g>`,
      )}
    </g>`;
}

export function zeroLine(m: TimeChartModel): SVGTemplateResult | typeof nothing {
  const zero = m.yTicks.find((t) => t.zero);
  return zero
    ? svg`<line class="zero" x1=${m.plot.left} x2=${m.plot.right} y1=${zero.pos} y2=${zero.pos}></line>`
    : nothing;
}

export function crosshair(m: TimeChartModel, activeYear: number | undefined): SVGTemplateResult[] {
  return m.columns
    .filter((c) => c.year === activeYear)
    .map((c) => svg`<line class="crosshair" x1=${c.cx} x2=${c.cx} y1=${m.plot.top} y2=${m.plot.bottom}></line>`);
}
