// The story's paragraphs, with every figure computed from the library's data API (the same
// Census series and CPI-U the charts draw), in English and Korean, and the settings the charts
// start from. scripts/build-demo.mjs runs this file in Node too (with korus-charts/api), to write
// the paragraphs into the published page.
import { censusLatest, censusSeries, cpiFor, fact, formatterFor } from '../dist/korus-charts-hydrate.js';

const latestYear = Number(censusLatest().month.slice(0, 4));

/**
 * The story's settings, which the charts start from and the paragraphs describe: from the year
 * the agreement was signed; 2011, the last full year before it took effect, as the baseline and
 * the first of the two years the U.S. Trade Representative compared; the promise in $ billions,
 * from data/; and the latest year's months against the same months of the year before (a partial
 * year is compared over its published months: issue 19).
 */
export const STORY = {
  from: 2007,
  baseline: 2011,
  promise: fact('obama2010_exports_promise').value,
  before: 2011,
  after: 2016,
  latestBefore: latestYear - 1,
  latestAfter: latestYear,
  latestMonth: Number(censusLatest().month.slice(5)),
};

const byYear = (year) => censusSeries().years.find((d) => d.year === year);
const lastYear = () => censusSeries().years.at(-1);

/** Unsigned percent change, one decimal: 0.589 -> "58.9%". */
const pct = (f, ratio) => f.percent(Math.abs(ratio)).replace('+', '');

/**
 * Exports against the line after the baseline, as the chart's table shows them (to the tenth of a
 * billion): the first year at or above it and the later years below it again, in nominal dollars
 * or (`real`) constant baseline-year dollars.
 */
function againstLine(f, baseline, targetMusd, real) {
  const below = (d) => {
    const exports = real ? (d.exportsMusd * cpiFor(baseline)) / cpiFor(d.year) : d.exportsMusd;
    return f.tableChange(exports - targetMusd).startsWith('\u2212');
  };
  const after = censusSeries().years.filter((d) => d.year > baseline && (!real || cpiFor(d.year) !== undefined));
  const first = after.find((d) => !below(d));
  return {
    first: first?.year,
    again: first ? after.filter((d) => d.year > first.year && below(d)).map((d) => d.year) : [],
  };
}

/** One line under the page title: what the data is and which years it covers. */
export function lead(lang) {
  const first = censusSeries().years[0].year;
  const last = lastYear().year;
  return lang === 'ko'
    ? `미국 인구조사국의 공식 통계(${first}~${last}년)로 그린, 접근성을 갖춘 차트입니다. 스크립트 태그 하나로 어느 웹페이지에나 넣을 수 있고, 한국어와 영어, 밝은 테마와 어두운 테마를 지원합니다. 아래에서 설정을 고르고 코드를 복사하세요.`
    : `Accessible charts drawn from the official U.S. Census Bureau series, ${first}–${last}. One script tag puts them on any page, in English or Korean, light or dark. Choose the settings below and copy the code.`;
}

export function goodsBalanceStory(lang, { baseline }) {
  const f = formatterFor(lang);
  const m = f.moneyLong;
  const a = byYear(baseline);
  const b = lastYear();
  const rose = (x, y) => y >= x;
  // The year the deficit was largest since the baseline (the balance is most negative).
  const widest = censusSeries()
    .years.filter((d) => d.year >= baseline)
    .reduce((w, d) => (d.balanceMusd < w.balanceMusd ? d : w));
  const deficits = a.balanceMusd < 0 && b.balanceMusd < 0;
  if (lang === 'ko') {
    const verb = (x, y) => (rose(x, y) ? '늘었' : '줄었');
    const balance = deficits
      ? `상품수지 적자는 ${m(-a.balanceMusd)}에서 ${m(-b.balanceMusd)}로 ${-b.balanceMusd > -a.balanceMusd ? '커졌' : '줄었'}으며, 적자가 가장 컸던 해는 ${widest.year}년(${m(-widest.balanceMusd)})입니다.`
      : `상품수지는 ${m(a.balanceMusd)}에서 ${m(b.balanceMusd)}가 되었습니다.`;
    return (
      `미국의 대한국 상품 수출은 협정 발효 전 마지막 해인 ${a.year}년 ${m(a.exportsMusd)}에서 ${b.year}년 ${m(b.exportsMusd)}로 ` +
      `${pct(f, b.exportsMusd / a.exportsMusd - 1)} ${verb(a.exportsMusd, b.exportsMusd)}고, 한국산 수입은 ${m(a.importsMusd)}에서 ${m(b.importsMusd)}로 ` +
      `${pct(f, b.importsMusd / a.importsMusd - 1)} ${verb(a.importsMusd, b.importsMusd)}습니다. ${balance}`
    );
  }
  const verb = (x, y) => (rose(x, y) ? 'rose' : 'fell');
  const balance = deficits
    ? `The goods deficit ${-b.balanceMusd > -a.balanceMusd ? 'widened' : 'narrowed'} from ${m(-a.balanceMusd)} to ${m(-b.balanceMusd)}; it was largest in ${widest.year}, at ${m(-widest.balanceMusd)}.`
    : `The goods balance went from ${m(a.balanceMusd)} to ${m(b.balanceMusd)}.`;
  return (
    `U.S. goods exports to South Korea ${verb(a.exportsMusd, b.exportsMusd)} ${pct(f, b.exportsMusd / a.exportsMusd - 1)}, from ${m(a.exportsMusd)} in ${a.year}, ` +
    `the last full year before the agreement took effect, to ${m(b.exportsMusd)} in ${b.year}. Imports from Korea ${verb(a.importsMusd, b.importsMusd)} ` +
    `${pct(f, b.importsMusd / a.importsMusd - 1)}, from ${m(a.importsMusd)} to ${m(b.importsMusd)}. ${balance}`
  );
}

export function exportPromiseStory(lang, { baseline, promise }) {
  const f = formatterFor(lang);
  const m = f.moneyLong;
  const base = byYear(baseline);
  const last = lastYear();
  const said = fact('obama2010_exports_promise');
  const promiseMusd = promise * 1000;
  const targetMusd = base.exportsMusd + promiseMusd;
  const nominal = againstLine(f, baseline, targetMusd, false);
  const real = againstLine(f, baseline, targetMusd, true);
  if (lang === 'ko') {
    const story = ({ first, again }) =>
      !first
        ? `${last.year}년까지 기준선에 이르지 못했`
        : again.length
          ? `${first}년에 처음 기준선에 이르렀으나 ${again.map((y) => `${y}년`).join(', ')}에는 다시 밑돌았`
          : `${first}년에 처음 기준선에 이른 뒤 그 아래로 내려가지 않았`;
    return (
      `오바마 대통령은 ${f.date(said.date)} 관세 인하로 “미국 상품의 연간 수출이 최대 ${m(said.value * 1000)} 늘어날 것으로 예상된다”고 말했습니다. ` +
      `이 상한을 ${baseline}년 수출액(${m(base.exportsMusd)})에 더한 기준선은 ${m(targetMusd)}입니다. ` +
      `수출은 명목 금액으로 ${story(nominal)}고, ${baseline}년 불변 달러(CPI-U 기준)로는 ${story(real)}습니다. ` +
      `대통령의 수치는 협정이 없는 경우와 비교한 효과였으므로, 이 기준선은 비교의 기준일 뿐 협정의 효과를 잰 것이 아닙니다.`
    );
  }
  const list = (years) => years.join(', ').replace(/, (\d+)$/, ' and $1');
  const story = ({ first, again }) =>
    !first
      ? `had not reached it by ${last.year}`
      : again.length
        ? `first reached it in ${first} but were below it again in ${list(again)}`
        : `first reached it in ${first} and have not been below it since`;
  return (
    `On ${f.date(said.date)}, President Obama said the tariff cuts were “expected to boost annual exports of American goods by up to $${said.value} billion”. ` +
    `Added to ${baseline} exports (${m(base.exportsMusd)}), that ceiling gives a line at ${m(targetMusd)}. ` +
    `In nominal dollars exports ${story(nominal)}; in constant ${baseline} dollars (CPI-U), they ${story(real)}. ` +
    `His figure was about the agreement’s effect compared with no agreement, so the line is a point of comparison, not a measure of that effect.`
  );
}

export function beforeAfterStory(lang, { before, after }) {
  const f = formatterFor(lang);
  const m = f.moneyLong;
  const a = byYear(before);
  const b = byYear(after);
  const change = (x, y) => ({ up: y >= x, pct: pct(f, y / x - 1) });
  const ex = change(a.exportsMusd, b.exportsMusd);
  const im = change(a.importsMusd, b.importsMusd);
  const deficits = a.balanceMusd < 0 && b.balanceMusd < 0;
  const grew = -b.balanceMusd > -a.balanceMusd;
  if (lang === 'ko') {
    const verb = (c) => (c.up ? '늘었' : '줄었');
    const balance = deficits
      ? `상품수지 적자는 ${m(-a.balanceMusd)}에서 ${m(-b.balanceMusd)}로 ${grew ? '커졌' : '줄었'}습니다.`
      : `상품수지는 ${m(a.balanceMusd)}에서 ${m(b.balanceMusd)}가 되었습니다.`;
    return (
      `미국 무역대표부(USTR)가 협정 개정 협상을 요청하면서 비교한 두 해입니다. ${before}년과 ${after}년 사이 미국의 대한국 수출은 ` +
      `${m(a.exportsMusd)}에서 ${m(b.exportsMusd)}로 ${ex.pct} ${verb(ex)}고, 수입은 ${m(a.importsMusd)}에서 ${m(b.importsMusd)}로 ${im.pct} ${verb(im)}습니다. ${balance}`
    );
  }
  const verb = (c) => (c.up ? 'rose' : 'fell');
  const balance = deficits
    ? `and the goods deficit ${grew ? 'grew' : 'narrowed'} from ${m(-a.balanceMusd)} to ${m(-b.balanceMusd)}.`
    : `and the goods balance went from ${m(a.balanceMusd)} to ${m(b.balanceMusd)}.`;
  return (
    `These are the two years the U.S. Trade Representative compared when it asked to renegotiate the agreement. ` +
    `From ${before} to ${after}, U.S. exports to Korea ${verb(ex)} ${ex.pct}, from ${m(a.exportsMusd)} to ${m(b.exportsMusd)}; ` +
    `imports ${verb(im)} ${im.pct}, from ${m(a.importsMusd)} to ${m(b.importsMusd)}; ${balance}`
  );
}

/**
 * The latest months: the partial year's exports so far against the same months of the year
 * before (censusLatest(), the figures of goods-balance's to-date line), with the percent of the
 * figures as shown. The chart after it, before-after over the same two years, adds imports and the
 * balance.
 */
export function latestStory(lang, { latestBefore, latestAfter, latestMonth }) {
  const f = formatterFor(lang);
  const m = f.moneyLong;
  const { toDate } = censusLatest();
  if (!toDate)
    return lang === 'ko'
      ? `${latestAfter}년 통계는 12월까지 모두 나와 있습니다. 아래 차트는 ${latestBefore}년과 ${latestAfter}년의 수출, 수입, 상품수지를 나란히 보여 줍니다.`
      : `Census figures for ${latestAfter} are complete. The chart below compares ${latestBefore} and ${latestAfter}: exports, imports and the balance.`;
  const [before, now] = toDate;
  // The change of the amounts as shown, to the tenth of a billion: $45.3B to $55.0B is +21.4%.
  const shown = (musd) => Math.round(musd / 100) / 10;
  const ratio = shown(now) / shown(before) - 1;
  const change = pct(f, ratio);
  const months = latestMonth > 1 ? `1~${latestMonth}월` : '1월';
  if (lang === 'ko') {
    const verb = ratio > 0 ? `${change} 늘었습니다` : ratio < 0 ? `${change} 줄었습니다` : '같았습니다';
    return (
      `${latestAfter}년 통계는 ${latestMonth}월까지 나와 있습니다. ${latestAfter}년 ${months} 미국의 대한국 상품 수출은 ${m(now)}로, ` +
      `${latestBefore}년 같은 기간(${m(before)})${ratio === 0 ? '과' : '보다'} ${verb}. ` +
      `아래 차트는 두 해 ${months}의 수출, 수입, 상품수지를 나란히 보여 줍니다.`
    );
  }
  const name = (month) =>
    new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const span = latestMonth > 1 ? `January–${name(latestMonth)}` : 'January';
  const than = ratio === 0 ? 'the same as in' : `${change} ${ratio > 0 ? 'more' : 'less'} than in`;
  return (
    `Census figures for ${latestAfter} run through ${name(latestMonth)}. In ${span} ${latestAfter}, U.S. goods exports to Korea were ${m(now)}, ` +
    `${than} the same months of ${latestBefore} (${m(before)}). ` +
    `The chart below compares the same months of both years: exports, imports and the balance.`
  );
}

/** Each chapter: the settings its chart starts from (form order) and its paragraph. */
export const CHAPTERS = {
  'goods-balance': { initial: { from: STORY.from }, story: goodsBalanceStory },
  'export-promise': { initial: { baseline: STORY.baseline, promise: STORY.promise }, story: exportPromiseStory },
  'before-after': { initial: { before: STORY.before, after: STORY.after }, story: beforeAfterStory },
  // No settings panel: the chart's attributes are these.
  latest: { initial: { before: STORY.latestBefore, after: STORY.latestAfter }, story: latestStory },
};
