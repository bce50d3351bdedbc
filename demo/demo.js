// The demo page: the story in three charts, each with its settings and embed code, and the
// page-wide language and theme switches.
// The published page (dist/demo/) comes with all of this already written in, charts included
// (scripts/build-demo.mjs, server-rendered): the script then only takes over, and nothing moves.
// The hydrating bundle defines the three tags, adopts those charts and exports the data API.
import '../dist/korus-charts-hydrate.js';
import { configurator } from './configurator.js';
import { LANGS, t, translate } from './i18n.js';
import { CHAPTERS, lead, STORY } from './story.js';

const params = new URLSearchParams(location.search);
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
const root = document.documentElement;
// ?lang= wins; otherwise the page's own language (the build writes index.html in English, index.ko.html in Korean).
const page = {
  lang: LANGS.includes(params.get('lang')) ? params.get('lang') : LANGS.includes(root.lang) ? root.lang : 'en',
  theme: ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : prefersDark ? 'dark' : 'light',
};
root.lang = page.lang;
root.dataset.theme = page.theme;

/** The versioned classic script on the CDN, with its Subresource Integrity hash from the build. */
async function cdnScript() {
  const file = 'korus-charts.iife.js';
  try {
    const { version, sha384 } = await (await fetch(new URL('../dist/sri.json', import.meta.url))).json();
    return { url: `https://cdn.jsdelivr.net/npm/korus-charts@${version}/dist/${file}`, integrity: sha384[file] };
  } catch {
    return { url: `https://cdn.jsdelivr.net/npm/korus-charts/dist/${file}` };
  }
}

const cdn = await cdnScript();
const text = (key) => t(page.lang, key);
const applyAll = [...document.querySelectorAll('section[data-chart]')].map((section) =>
  configurator(section, {
    initial: CHAPTERS[section.dataset.chart].initial,
    page: () => page,
    cdn,
    text,
    translateIn: (el) => translate(el, page.lang, STORY),
  }),
);

function render() {
  root.lang = page.lang;
  root.dataset.theme = page.theme;
  translate(document, page.lang, STORY);
  document.getElementById('lead').textContent = lead(page.lang);
  for (const p of document.querySelectorAll('[data-story]'))
    p.textContent = CHAPTERS[p.dataset.story].story(page.lang, STORY);
  for (const status of document.querySelectorAll('.snippet .status')) status.textContent = '';
  for (const apply of applyAll) apply();
  // The latest months' chart has no settings of its own: it follows the page.
  const latest = document.querySelector('[data-chapter="latest"] korus-before-after');
  for (const [name, value] of Object.entries({ ...CHAPTERS.latest.initial, theme: page.theme }))
    latest.setAttribute(name, value);
  latest.removeAttribute('lang');
  latest.requestUpdate();
}

for (const radio of document.querySelectorAll('input[name="page-lang"], input[name="page-theme"]')) {
  radio.checked = radio.value === (radio.name === 'page-lang' ? page.lang : page.theme);
  radio.addEventListener('change', () => {
    page[radio.name === 'page-lang' ? 'lang' : 'theme'] = radio.value;
    const url = new URL(location.href);
    url.searchParams.set(radio.name.slice(5), radio.value);
    history.replaceState(null, '', url);
    render();
  });
}
render();
root.dataset.ready = '';
