// The floor: the same chart as plain SVG markup, no JavaScript. Generated here once from the data
// (what a person would otherwise type by hand); the page carries only markup and CSS. It scales
// with its container through viewBox, and each year has a native <title> tooltip.

const W = 720;
const H = 400;
const M = { top: 44, right: 12, bottom: 26, left: 52 };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r2 = (v) => Math.round(v * 100) / 100;

/** @param {{year:number, exports:number, imports:number, balance:number}[]} rows billions USD */
export function staticChart(rows, { title, subtitle, names, colors, milestones, money, axisMoney }) {
  const first = rows[0].year;
  const band = (W - M.left - M.right) / rows.length;
  const x = (year) => M.left + (year - first) * band;
  const cx = (year) => x(year) + band / 2;
  const step = 20;
  const lo = Math.floor(Math.min(0, ...rows.map((d) => d.balance)) / step) * step;
  const hi = Math.ceil(Math.max(...rows.map((d) => Math.max(d.exports, d.imports))) / step) * step;
  const y = (v) => M.top + ((hi - v) / (hi - lo)) * (H - M.top - M.bottom);
  const out = [];
  for (let v = lo; v <= hi; v += step) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${r2(y(v))}" y2="${r2(y(v))}" stroke="${v === 0 ? '#4d4d4d' : colors.grid}"/>`,
      `<text class="t" x="${M.left - 6}" y="${r2(y(v))}" dy=".32em" text-anchor="end">${esc(axisMoney(v))}</text>`,
    );
  }
  for (const d of rows) {
    if (d.year % 2 === 0)
      out.push(`<text class="t" x="${r2(cx(d.year))}" y="${H - 8}" text-anchor="middle">${d.year}</text>`);
  }
  for (const m of milestones) {
    const mx = r2(x(m.at));
    out.push(
      `<line x1="${mx}" x2="${mx}" y1="${M.top - 14}" y2="${H - M.bottom}" stroke="${colors.milestone}" stroke-dasharray="3 3"/>`,
      `<text x="${mx + 4}" y="${M.top - 4}" fill="${colors.milestone}">${esc(m.label)}</text>`,
    );
  }
  const bw = band * 0.62;
  for (const d of rows) {
    const top = Math.min(y(d.balance), y(0));
    out.push(
      `<rect x="${r2(cx(d.year) - bw / 2)}" y="${r2(top)}" width="${r2(bw)}" height="${r2(Math.abs(y(d.balance) - y(0)))}" fill="${colors.balance}"/>`,
    );
  }
  const path = (key) => rows.map((d, i) => `${i ? 'L' : 'M'}${r2(cx(d.year))},${r2(y(d[key]))}`).join('');
  out.push(
    `<path d="${path('exports')}" fill="none" stroke="${colors.exports}" stroke-width="2"/>`,
    `<path d="${path('imports')}" fill="none" stroke="${colors.imports}" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  for (const d of rows) {
    out.push(
      `<circle cx="${r2(cx(d.year))}" cy="${r2(y(d.exports))}" r="3" fill="${colors.exports}"/>`,
      `<rect x="${r2(cx(d.year) - 3)}" y="${r2(y(d.imports) - 3)}" width="6" height="6" fill="${colors.imports}"/>`,
    );
  }
  // Legend along the top edge.
  let lx = 0;
  for (const [key, swatch] of [
    ['exports', (x0) => `<circle cx="${x0 + 6}" cy="8" r="4" fill="${colors.exports}"/>`],
    ['imports', (x0) => `<rect x="${x0 + 2}" y="4" width="8" height="8" fill="${colors.imports}"/>`],
    ['balance', (x0) => `<rect x="${x0 + 1}" y="3" width="10" height="10" fill="${colors.balance}"/>`],
  ]) {
    out.push(swatch(lx), `<text x="${lx + 16}" y="12">${esc(names[key])}</text>`);
    lx += 26 + names[key].length * 7;
  }
  // Tooltips: one transparent column per year with the browser's own <title> tooltip.
  for (const d of rows) {
    const tip = `${d.year}\n${names.exports}: ${money(d.exports)}\n${names.imports}: ${money(d.imports)}\n${names.balance}: ${money(d.balance)}`;
    out.push(
      `<rect x="${r2(x(d.year))}" y="${M.top}" width="${r2(band)}" height="${H - M.top - M.bottom}" fill="transparent"><title>${esc(tip)}</title></rect>`,
    );
  }
  return `<figure class="static-chart">
<p class="title">${esc(title)}</p><p class="subtitle">${esc(subtitle)}</p>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${out.join('')}</svg>
</figure>`;
}

export const staticCss = `.static-chart{margin:0;font-family:system-ui,sans-serif}
.static-chart .title{font-size:19px;font-weight:700;margin:0 0 4px}
.static-chart .subtitle{font-size:14px;color:#595959;margin:0 0 10px}
.static-chart svg{display:block;width:100%;height:auto;font-size:12px;overflow:visible}
.static-chart .t{fill:#595959}`;
