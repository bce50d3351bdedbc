import { svg, type SVGTemplateResult } from 'lit';
import { DOT_R, FONT_PX, type BeforeAfterModel, type TextMark } from './layout.js';

const text = (t: TextMark, cls: string) =>
  svg`<text class=${cls} x=${t.x} y=${t.y} dy="0.32em" text-anchor=${t.anchor} font-size=${t.fontPx}>${t.text}</text>`;

/** Marks for a before-after model. Lit owns every node; no D3 selection touches them. */
export function renderBeforeAfter(m: BeforeAfterModel, active: number | undefined): SVGTemplateResult {
  const { key } = m;
  return svg`
    <g class="key">
      <circle class="dot before" cx=${key.beforeX} cy=${key.y} r=${DOT_R}></circle>
      ${text(key.before, 'key-label')}
      <path class="arrow" d=${key.arrow}></path>
      <circle class="dot after" cx=${key.afterX} cy=${key.y} r=${DOT_R}></circle>
      ${text(key.after, 'key-label')}
    </g>
    <g class="x-axis">
      ${m.ticks.map(
        (t) => svg`<g class="tick">
          <path class=${t.zero ? 'zero' : 'grid'} d=${m.gridSpans.map(([a, b]) => `M${t.pos},${a}V${b}`).join('')}></path>
          <text x=${t.pos} y=${m.axisY} dy="0.32em" text-anchor="middle" font-size=${FONT_PX.tick}>${t.label}</text>
        </g>`,
      )}
    </g>
    ${m.rows.map((r, i) => {
      const dotR = i === active ? DOT_R + 2 : DOT_R;
      return svg`<g class="row ${i === active ? 'active' : ''}" data-metric=${r.metric}>
        ${text(r.name, `name ${r.afterTone}`)}${text(r.change, 'change')}
        <path class="arrow ${r.afterTone}" d=${r.arrow}></path>
        <circle class="dot after ${r.afterTone}" cx=${r.afterX} cy=${r.y} r=${dotR}></circle>
        <circle class="dot before ${r.beforeTone}" cx=${r.beforeX} cy=${r.y} r=${dotR}></circle>
        ${text(r.beforeLabel, 'value before')}${text(r.afterLabel, 'value after')}
      </g>`;
    })}
  `;
}
