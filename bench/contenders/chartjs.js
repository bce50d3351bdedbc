// The goods-balance chart in Chart.js 4, tree-shaken: only the controllers, elements, scales and
// plugins this chart uses are registered. Canvas; responsive (Chart.js's own ResizeObserver).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import { axisMoney, COLORS, DATA, FIRST, HEIGHT_PX, MILESTONES, money, NAMES, SUBTITLE, TITLE } from './common.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
  Title,
  SubTitle,
);

// Chart.js has no rules at arbitrary x without chartjs-plugin-annotation: a small inline plugin.
const milestones = {
  id: 'milestones',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const band = scales.x.getPixelForValue(1) - scales.x.getPixelForValue(0);
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = COLORS.milestone;
    ctx.setLineDash([3, 3]);
    ctx.font = '12px system-ui, sans-serif';
    for (const m of MILESTONES) {
      const x = scales.x.getPixelForValue(m.year - FIRST) + (m.at - m.year - 0.5) * band;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.fillText(m.label, x + 4, chartArea.top + 12);
    }
    ctx.restore();
  },
};

export function draw(el, onRender) {
  const box = document.createElement('div');
  box.style.cssText = `position:relative;height:${HEIGHT_PX}px`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', TITLE);
  box.append(canvas);
  el.append(box);
  const line = (key, extra) => ({
    type: 'line',
    label: NAMES[key],
    data: DATA.map((d) => d[key]),
    borderColor: COLORS[key],
    backgroundColor: COLORS[key],
    borderWidth: 2,
    pointRadius: 3,
    order: 0,
    ...extra,
  });
  new Chart(canvas, {
    data: {
      labels: DATA.map((d) => String(d.year)),
      datasets: [
        line('exports', { pointStyle: 'circle' }),
        line('imports', { pointStyle: 'rect', borderDash: [6, 4] }),
        {
          type: 'bar',
          label: NAMES.balance,
          data: DATA.map((d) => d.balance),
          backgroundColor: COLORS.balance,
          categoryPercentage: 0.62,
          barPercentage: 1,
          order: 1,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: { grid: { color: COLORS.grid }, ticks: { callback: (v) => axisMoney(v) } },
      },
      plugins: {
        title: { display: true, text: TITLE, align: 'start', font: { size: 19, weight: 'bold' } },
        subtitle: { display: true, text: SUBTITLE, align: 'start', font: { size: 14 } },
        legend: { position: 'top', align: 'start', labels: { usePointStyle: true } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${money(c.parsed.y)}` } },
      },
    },
    plugins: [milestones, { id: 'benchSignal', afterRender: (chart) => onRender(chart.width) }],
  });
}
