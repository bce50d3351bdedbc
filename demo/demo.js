// The demo's controls: each change sets the live element's attributes and rewrites the embed
// snippet from the same settings, so what you copy is what you see.
const SCRIPT = 'https://cdn.jsdelivr.net/npm/korus-charts/dist/korus-charts.iife.js';

function bind(formId, chartId, snippetId, stageId) {
  const form = document.getElementById(formId);
  const chart = document.getElementById(chartId);
  const snippet = document.getElementById(snippetId);
  const stage = document.getElementById(stageId);
  const update = () => {
    const attrs = [];
    for (const el of form.elements) {
      if (!el.name || el.name === 'width') continue;
      const v = el.value.trim();
      if (v) chart.setAttribute(el.name, v);
      else chart.removeAttribute(el.name);
      if (v) attrs.push(`${el.name}="${v}"`);
    }
    const width = form.elements.width.value;
    stage.style.width = width ? `${width}px` : '';
    const tag = chart.localName;
    snippet.textContent = `<script src="${SCRIPT}"></script>\n<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}></${tag}>`;
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  update();
}

bind('gb-controls', 'gb', 'gb-snippet', 'gb-stage');
bind('ep-controls', 'ep', 'ep-snippet', 'ep-stage');
bind('ba-controls', 'ba', 'ba-snippet', 'ba-stage');

for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the code and copy it';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}
