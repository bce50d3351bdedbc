// The goods-balance chart in Observable Plot 0.6 (SVG). Plot draws at a fixed width, so a
// ResizeObserver re-plots when the container's width changes, as the Plot docs suggest.
import * as Plot from '@observablehq/plot';
import {
  axisMoney,
  COLORS,
  DATA,
  FIRST,
  HEIGHT_PX,
  LAST,
  MILESTONES,
  money,
  NAMES,
  SUBTITLE,
  TITLE,
} from './common.js';

const mid = (d) => d.year + 0.5;
const ticks = [];
for (let y = FIRST + 1; y <= LAST; y += 2) ticks.push(y + 0.5);

function plot(widthPx) {
  return Plot.plot({
    width: widthPx,
    height: HEIGHT_PX - 90,
    title: TITLE,
    subtitle: SUBTITLE,
    marginLeft: 56,
    marginTop: 28,
    x: { domain: [FIRST, LAST + 1], ticks, tickFormat: (v) => String(Math.floor(v)), label: null },
    y: { grid: true, label: null, tickFormat: axisMoney },
    color: {
      legend: true,
      domain: [NAMES.exports, NAMES.imports, NAMES.balance],
      range: [COLORS.exports, COLORS.imports, COLORS.balance],
    },
    marks: [
      Plot.rectY(DATA, { x1: (d) => d.year + 0.19, x2: (d) => d.year + 0.81, y: 'balance', fill: () => NAMES.balance }),
      Plot.ruleY([0]),
      Plot.ruleX(MILESTONES, { x: 'at', stroke: COLORS.milestone, strokeDasharray: '3,3' }),
      Plot.text(MILESTONES, {
        x: 'at',
        text: 'label',
        frameAnchor: 'top',
        textAnchor: 'start',
        dx: 4,
        dy: -14,
        fill: COLORS.milestone,
      }),
      Plot.lineY(DATA, { x: mid, y: 'exports', stroke: () => NAMES.exports, strokeWidth: 2 }),
      Plot.dot(DATA, { x: mid, y: 'exports', fill: () => NAMES.exports, r: 3 }),
      Plot.lineY(DATA, { x: mid, y: 'imports', stroke: () => NAMES.imports, strokeWidth: 2, strokeDasharray: '6,4' }),
      Plot.dot(DATA, { x: mid, y: 'imports', fill: () => NAMES.imports, symbol: 'square', r: 3 }),
      Plot.tip(
        DATA,
        Plot.pointerX({
          x: mid,
          y: 'imports',
          title: (d) =>
            `${d.year}\n${NAMES.exports}: ${money(d.exports)}\n${NAMES.imports}: ${money(d.imports)}\n${NAMES.balance}: ${money(d.balance)}`,
        }),
      ),
    ],
  });
}

export function draw(el, onRender) {
  let widthPx = el.clientWidth;
  let figure = plot(widthPx);
  el.append(figure);
  onRender(widthPx);
  new ResizeObserver(() => {
    const next = el.clientWidth;
    if (next === widthPx) return;
    widthPx = next;
    const replacement = plot(widthPx);
    figure.replaceWith(replacement);
    figure = replacement;
    onRender(widthPx);
  }).observe(el);
}
