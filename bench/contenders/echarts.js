// The goods-balance chart in Apache ECharts 6, tree-shaken (echarts/core with only the charts and
// components used) and the SVG renderer. A ResizeObserver calls chart.resize(), as ECharts' docs
// suggest for container-driven sizes.
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { axisMoney, COLORS, DATA, HEIGHT_PX, MILESTONES, money, NAMES, SUBTITLE, TITLE } from './common.js';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export function draw(el, onRender) {
  const box = document.createElement('div');
  box.style.height = `${HEIGHT_PX}px`;
  el.append(box);
  const chart = echarts.init(box, null, { renderer: 'svg' });
  chart.on('rendered', () => onRender(chart.getWidth()));
  const line = (key, extra) => ({
    type: 'line',
    name: NAMES[key],
    data: DATA.map((d) => d[key]),
    itemStyle: { color: COLORS[key] },
    lineStyle: { width: 2, ...extra.lineStyle },
    symbol: extra.symbol,
    symbolSize: 6,
    z: 3,
  });
  chart.setOption({
    animation: false,
    title: { text: TITLE, subtext: SUBTITLE, left: 0, textStyle: { fontSize: 19 }, subtextStyle: { fontSize: 14 } },
    legend: { top: 62, left: 0 },
    tooltip: { trigger: 'axis', valueFormatter: money },
    grid: { top: 110, left: 56, right: 16, bottom: 28 },
    xAxis: { type: 'category', data: DATA.map((d) => String(d.year)), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', axisLabel: { formatter: axisMoney }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      {
        type: 'bar',
        name: NAMES.balance,
        data: DATA.map((d) => d.balance),
        itemStyle: { color: COLORS.balance },
        barWidth: '62%',
        // A category axis places rules at a year's centre, not the exact date.
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: COLORS.milestone },
          label: { position: 'end', formatter: '{b}' },
          data: MILESTONES.map((m) => ({ name: m.label, xAxis: String(m.year) })),
        },
      },
      line('exports', { symbol: 'circle', lineStyle: {} }),
      line('imports', { symbol: 'rect', lineStyle: { type: [6, 4] } }),
    ],
  });
  new ResizeObserver(() => {
    if (box.clientWidth !== chart.getWidth()) chart.resize();
  }).observe(box);
}
