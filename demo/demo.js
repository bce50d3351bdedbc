// The demo page: the story in three charts, each with its settings and embed code, and the
// page-wide language and theme switches.
import { fact } from '../dist/korus-charts.js'; // defines the three tags and exports the data API
import { configurator } from './configurator.js';
import { LANGS, t, translate } from './i18n.js';
import { beforeAfterStory, exportPromiseStory, goodsBalanceStory, lead } from './story.js';

// The story's settings, which the charts start from and the paragraphs describe: from the year
// the agreement was signed; 2011, the last full year before it took effect, as the baseline and
// the first of the two years the U.S. Trade Representative compared; the promise in $ billions, from data/.
const STORY = {
  from: 2007,
  baseline: 2011,
  promise: fact('obama2010_exports_promise').value,
  before: 2011,
  after: 2016,
};
const CHAPTERS = {
  'goods-balance': { initial: { from: STORY.from }, story: goodsBalanceStory },
  'export-promise': { initial: { baseline: STORY.baseline, promise: STORY.promise }, story: exportPromiseStory },
  'before-after': { initial: { before: STORY.before, after: STORY.after }, story: beforeAfterStory },
};

const params = new URLSearchParams(location.search);
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
const page = {
  lang: LANGS.includes(params.get('lang')) ? params.get('lang') : 'en',
  theme: ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : prefersDark ? 'dark' : 'light',
};
const root = document.documentElement;
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
