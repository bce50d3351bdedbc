// Writes the demo as static files to dist/demo/ (`npm run build` runs it), for publishing dist/
// as the project's site: demo/ is served from the repository root and loads ../dist/…, so in
// dist/demo/ those paths become ../… (the bundles and sri.json sit one level up).
//
// The page is written out as the script would leave it, once per language (index.html in English,
// index.ko.html in Korean; ?lang= picks one before anything is drawn): every chapter's words and
// paragraphs, its settings panel with the years, its embed code, and each chart server-rendered by
// korus-charts/ssr (Declarative Shadow DOM), which the hydrating bundle then adopts. Nothing the
// script does on load changes the layout, so the page does not move as it loads (issue 17).
import * as cheerio from 'cheerio';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { renderChart } from '../dist/lib/ssr/index.js';

const root = new URL('..', import.meta.url);
const from = new URL('demo/', root);
const to = new URL('dist/demo/', root);

rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => /\.(html|js|css)$/.test(f));
for (const file of files) {
  const text = readFileSync(new URL(file, from), 'utf8');
  writeFileSync(new URL(file, to), text.replaceAll('../dist/', '../'));
}

// The page's own modules, run here as the browser runs them; story.js reads the data through
// korus-charts/api instead of the browser bundle (a data: URL module may import a file: URL).
const { LANGS, t } = await import(new URL('i18n.js', from));
const { codePieces, jsx, renderCommand, scriptTag } = await import(new URL('snippets.js', from));
const storySource = readFileSync(new URL('story.js', from), 'utf8').replace(
  '../dist/korus-charts-hydrate.js',
  new URL('dist/lib/index.js', root).href,
);
const { CHAPTERS, STORY, lead } = await import(`data:text/javascript,${encodeURIComponent(storySource)}`);
const { censusSeries, cpiFor } = await import(new URL('dist/lib/index.js', root));

const PAGES = { en: 'index.html', ko: 'index.ko.html' };
// Before anything is drawn: a reader who asked for the other language (?lang=) gets its page.
const PICK_PAGE = `(() => {
  const pages = ${JSON.stringify(PAGES)};
  const want = new URLSearchParams(location.search).get('lang');
  if (!pages[want] || want === document.documentElement.lang) return;
  document.documentElement.hidden = true;
  location.replace(pages[want].replace('index.html', './') + location.search + location.hash);
})();`;

// The versioned classic script on the CDN, as demo.js gives it from the same sri.json.
const sri = JSON.parse(readFileSync(new URL('dist/sri.json', root), 'utf8'));
const cdnFile = 'korus-charts.iife.js';
const cdn = {
  url: `https://cdn.jsdelivr.net/npm/korus-charts@${sri.version}/dist/${cdnFile}`,
  integrity: sri.sha384[cdnFile],
};
const years = censusSeries().years.map((d) => d.year);
const cpiYears = years.filter((y) => cpiFor(y) !== undefined);
const template = readFileSync(new URL('index.html', from), 'utf8');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page in `lang`, as demo.js and configurator.js leave it on load. */
function page(lang) {
  const $ = cheerio.load(template);
  const charts = [];
  /** A chart's place, filled with its server-rendered markup once the page is serialized. */
  const ssr = (el, chart, attrs) => {
    charts.push(renderChart(chart, { ...attrs, lang }));
    $(el).replaceWith(`<!--ssr:${charts.length - 1}-->`);
  };
  $('html').attr('lang', lang);
  $('head').prepend(`<script>${PICK_PAGE}</script>`);

  for (const section of $('section[data-chart]').toArray()) {
    const $s = $(section);
    const chart = $s.attr('data-chart');
    const { initial } = CHAPTERS[chart];
    $s.attr('data-prerendered', '');
    $s.find('.fields').append($('#shared-controls').html());
    $s.find('.workbench').after($('#embed-code').html());
    for (const select of $s.find('[data-years], [data-cpi-years]').toArray())
      for (const y of select.attribs['data-years'] !== undefined ? years : cpiYears)
        $(select).append(`<option value="${y}">${y}</option>`);
    // The form starts at the chapter's settings; the price year waits for constant dollars.
    for (const [name, value] of Object.entries(initial)) {
      const control = $s.find(`form [name="${name}"]`);
      if (control.is('select')) control.find(`option[value="${value}"]`).attr('selected', '');
      else control.attr('value', String(value));
    }
    $s.find('[name="price-year"]').attr('disabled', '');
    // Every control at its default but these: the attributes configurator.js reads from the form.
    const attrs = Object.entries(initial).map(([name, value]) => [name, String(value)]);
    const tag = `korus-${chart}`;
    const code = {
      script: scriptTag(tag, attrs, 0, cdn),
      jsx: jsx(tag, attrs, 0),
      static: renderCommand(chart, attrs, 0),
    };
    for (const [form, text] of Object.entries(code))
      $s.find(`.snippet[data-form="${form}"] code`).html(
        codePieces(text)
          .map((p) => (p.word ? `<span class="word">${escape(p.text)}</span>` : escape(p.text)))
          .join(''),
      );
    ssr($s.find(`.stage > ${tag}`), chart, initial);
  }
  ssr($('[data-chapter="latest"] .stage > korus-before-after'), 'before-after', CHAPTERS.latest.initial);
  // Every section is written out: the templates configurator.js would clone are not needed.
  $('template#shared-controls, template#embed-code').remove();

  for (const el of $('[data-i18n]').toArray()) $(el).text(t(lang, el.attribs['data-i18n'], STORY));
  $('#lead').text(lead(lang));
  for (const el of $('[data-story]').toArray()) $(el).text(CHAPTERS[el.attribs['data-story']].story(lang, STORY));
  $('input[name="page-lang"]').each((_, input) => {
    if (input.attribs.value === lang) $(input).attr('checked', '');
    else $(input).removeAttr('checked');
  });
  return $.html().replace(/<!--ssr:(\d+)-->/g, (_, i) => charts[Number(i)]);
}

for (const lang of LANGS) writeFileSync(new URL(PAGES[lang], to), page(lang));
console.log(
  `demo: ${files.length + LANGS.length - 1} files in dist/demo/ (${LANGS.map((l) => PAGES[l]).join(', ')} written out)`,
);
