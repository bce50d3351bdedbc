import { svg, nothing, type SVGTemplateResult } from 'lit';
import { axes, crosshair, zeroLine } from '../time-chart-view.js';
import { FONT_PX, type GoodsBalanceModel } from './layout.js';

const SWATCH: Record<string, (x: number, y: number) => SVGTemplateResult> = {
  exports: (x, y) =>
    svg`<line class="exports-line" x1=${x} x2=${x + 16} y1=${y} y2=${y}></line><circle class="exports-dot" cx=${x + 8} cy=${y} r="3.5"></circle>`,
  imports: (x, y) =>
    svg`<line class="imports-line" x1=${x} x2=${x + 16} y1=${y} y2=${y}></line><rect class="imports-dot" x=${x + 4.5} y=${y - 3.5} width="7" height="7"></rect>`,
  balance: (x, y) => svg`<rect class="swatch deficit" x=${x + 3} y=${y - 5} width="10" height="10"></rect>`,
};

/**
 * Marks for a goods-balance model. Lit owns every node; no D3 selection touches them. Plain
 * `.map` rather than keyed `repeat()`: marks are re-laid out, never reordered, so keys buy
 * nothing.
 */
export function renderGoodsBalance(
  m: GoodsBalanceModel,
  activeYear: number | undefined,
  activePart?: string,
): SVGTemplateResult {
  // The keyboard's current mark gets a focus ring (Up/Down choose exports, imports or balance).
  const i = activeYear === undefined ? -1 : m.columns.findIndex((c) => c.year === activeYear);
  const ring =
    i < 0 || !activePart
      ? nothing
      : activePart === 'balance'
        ? svg`<rect class="focus-ring" x=${m.bars[i].x - 3} y=${m.bars[i].y - 3} width=${m.bars[i].width + 6} height=${m.bars[i].height + 6}></rect>`
        : svg`<circle class="focus-ring" cx=${m[activePart as 'exports' | 'imports'][i].x} cy=${m[activePart as 'exports' | 'imports'][i].y} r="9"></circle>`;
  return svg`
    <g class="legend">
      ${m.legend.map((l) => svg`<g class="legend-item" data-series=${l.series}>${SWATCH[l.series](l.x, l.y - 4)}<text x=${l.x + 22} y=${l.y} font-size=${FONT_PX.label}>${l.text}</text></g>`)}
    </g>
    ${axes(m)}
    <g class="bars">
      ${m.bars.map(
        (b) =>
          svg`<rect class="bar ${b.kind} ${b.year === activeYear ? 'active' : ''}" data-year=${b.year} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
      )}
    </g>
    ${zeroLine(m)}
    <path class="exports-line" d=${m.exportsPath}></path>
    <path class="imports-line" d=${m.importsPath}></path>
    <g class="exports-points">
      ${m.exports.map(
        (p) =>
          svg`<circle class="exports-dot ${p.year === activeYear ? 'active' : ''}" data-year=${p.year} cx=${p.x} cy=${p.y} r=${p.year === activeYear ? 5 : 3}></circle>`,
      )}
    </g>
    <g class="imports-points">
      ${m.imports.map((p) => {
        const r = p.year === activeYear ? 5 : 3;
        return svg`<rect class="imports-dot ${p.year === activeYear ? 'active' : ''}" data-year=${p.year} x=${p.x - r} y=${p.y - r} width=${2 * r} height=${2 * r}></rect>`;
      })}
    </g>
    ${ring}
    <g class="series-labels">
      ${m.seriesLabels.map(
        (l) =>
          svg`<text class="series-label ${l.series}" x=${l.x} y=${l.y} dy="0.32em" font-size=${FONT_PX.label}>${l.text}</text>`,
      )}
    </g>
    ${crosshair(m, activeYear)}
  `;
}
