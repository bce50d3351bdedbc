// One chart's control panel: every change sets the live element's attributes and rewrites the
// embed code from the same settings, so what you copy is what you see.
import { censusSeries, cpiFor } from '../dist/korus-charts-hydrate.js';
import { codePieces, jsx, renderCommand, scriptTag } from './snippets.js';

/**
 * Reads a form into the chart's attributes, in the order the controls appear: [[name, value], …]
 * for every control with a value (empty means the library's default, so no attribute), plus the
 * demo-only width. Checkboxes named "metrics" become one attribute, left out when all are on.
 */
function readSettings(form) {
  const attrs = [];
  let widthPx = 0;
  const metrics = [...form.querySelectorAll('input[name="metrics"]')];
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.name === 'width') widthPx = Number(el.value) || 0;
    else if (el.name === 'metrics') {
      const on = metrics.filter((m) => m.checked).map((m) => m.value);
      if (el === metrics[0] && on.length < metrics.length) attrs.push(['metrics', on.join(' ')]);
    } else if (el.value.trim() !== '') attrs.push([el.name, el.value.trim()]);
  }
  return { attrs, widthPx };
}

function fillYears(select, years) {
  for (const year of years) select.append(new Option(String(year), String(year)));
}

/**
 * Sets up the chapter `section` (data-chart="goods-balance", …): its controls start at `initial`
 * ({ from: 2007, … }); a section the build wrote out (data-prerendered: scripts/build-demo.mjs)
 * already has its shared controls, embed code and years, so nothing is added and the page does not
 * move; `page()` gives the page's { theme } for a chart that follows the reader;
 * `cdn` is { url, integrity }; `translateIn(root)` sets the page's words in new markup and `text(key)`
 * gives one. Returns `apply`, to call again when the page's switches change.
 */
export function configurator(section, { initial, page, cdn, translateIn, text }) {
  const chart = section.dataset.chart;
  const element = section.querySelector(`korus-${chart}`);
  const form = section.querySelector('form');
  const stage = section.querySelector('.stage');
  if (!section.hasAttribute('data-prerendered')) {
    form.querySelector('.fields').append(document.getElementById('shared-controls').content.cloneNode(true));
    section.querySelector('.workbench').after(document.getElementById('embed-code').content.cloneNode(true));
    translateIn(section);
    const years = censusSeries().years.map((d) => d.year);
    for (const select of form.querySelectorAll('[data-years]')) fillYears(select, years);
    for (const select of form.querySelectorAll('[data-cpi-years]'))
      fillYears(
        select,
        years.filter((y) => cpiFor(y) !== undefined),
      );
  }
  for (const [name, value] of Object.entries(initial)) form.elements[name].value = String(value);

  const names = new Set([...form.elements].map((el) => el.name).filter((n) => n && n !== 'width'));
  const code = (kind) => section.querySelector(`.snippet[data-form="${kind}"] code`);

  function apply() {
    const priceYear = form.elements['price-year'];
    if (priceYear) priceYear.disabled = form.elements.dollars.value !== 'real';
    const { attrs, widthPx } = readSettings(form);
    const own = new Map(attrs);
    for (const name of names) {
      if (own.has(name)) element.setAttribute(name, own.get(name));
      else element.removeAttribute(name);
    }
    // Theme "System" follows the reader's preference; here the reader is this page, whose switch decides.
    if (!own.has('theme')) element.setAttribute('theme', page().theme);
    // A chart without its own lang reads <html lang>, which the page switch changes: redraw.
    element.requestUpdate();
    stage.style.width = widthPx ? `${widthPx}px` : '';

    const tag = element.localName;
    showCode(code('script'), scriptTag(tag, attrs, widthPx, cdn));
    showCode(code('jsx'), jsx(tag, attrs, widthPx));
    showCode(code('static'), renderCommand(chart, attrs, widthPx));
  }

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    // At least one row stays on: unchecking the last one would show the default, all three.
    const boxes = [...form.querySelectorAll('input[name="metrics"]')];
    if (e.target.name === 'metrics' && !boxes.some((b) => b.checked)) e.target.checked = true;
    apply();
  });
  form.addEventListener('input', apply);
  for (const button of section.querySelectorAll('button.copy')) {
    const box = button.parentElement;
    button.addEventListener('click', async () => {
      box.querySelector('.status').textContent = text(await copy(box.querySelector('code')));
    });
  }
  apply();
  return apply;
}

/** Sets a code block's text in the pieces codePieces() gives (the build writes the same); its textContent is exactly `text`. */
function showCode(code, text) {
  const piece = ({ text, word }) => {
    if (!word) return text;
    const span = document.createElement('span');
    span.className = 'word';
    span.textContent = text;
    return span;
  };
  code.replaceChildren(...codePieces(text).map(piece));
}

/**
 * Copies the code's text; where the clipboard is refused, selects it for the reader to copy.
 * Resolves to what happened: "copied" or "selected".
 */
async function copy(code) {
  try {
    await navigator.clipboard.writeText(code.textContent);
    return 'copied';
  } catch {
    // No clipboard (plain http, an older browser) or no permission: fall through.
  }
  const range = document.createRange();
  range.selectNodeContents(code);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  return copied ? 'copied' : 'selected';
}
