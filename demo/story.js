// The story's paragraphs, with every figure computed from the library's data API (the same
// Census series and CPI-U the charts draw), in English and Korean. The story's settings (which
// years it compares, the promise) are the charts' initial settings in demo.js.
import { censusSeries, cpiFor, formatterFor } from '../dist/korus-charts.js';

const byYear = (year) => censusSeries().years.find((d) => d.year === year);
const lastYear = () => censusSeries().years.at(-1);

/** Unsigned percent change, one decimal: 0.589 -> "58.9%". */
const pct = (f, ratio) => f.percent(Math.abs(ratio)).replace('+', '');

/** First year after the baseline whose exports reach the target (in constant baseline dollars when `real`). */
function firstReached(baseline, targetMusd, real) {
  for (const d of censusSeries().years) {
    if (d.year <= baseline || (real && cpiFor(d.year) === undefined)) continue;
    const exports = real ? (d.exportsMusd * cpiFor(baseline)) / cpiFor(d.year) : d.exportsMusd;
    if (exports >= targetMusd) return d.year;
  }
  return undefined;
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
  const promiseMusd = promise * 1000;
  const targetMusd = base.exportsMusd + promiseMusd;
  const nominal = firstReached(baseline, targetMusd, false);
  const real = firstReached(baseline, targetMusd, true);
  if (lang === 'ko') {
    const reached = (year, how) =>
      year ? `${how} ${year}년에 처음 목표치에 이르렀` : `${how} ${last.year}년까지 목표치에 이르지 못했`;
    return (
      `오바마 대통령은 한미 FTA로 미국의 대한국 연간 상품 수출이 최대 ${m(promiseMusd)} 늘어날 것이라고 말했습니다. ` +
      `이를 ${baseline}년 수출액(${m(base.exportsMusd)})에 더한 목표치는 ${m(targetMusd)}입니다. ` +
      `수출은 ${reached(nominal, '명목 금액으로')}고, ${baseline}년 불변 달러(CPI-U 기준)로는 ${reached(real, '').trim()}습니다. ` +
      `약속은 협정이 없는 경우와 비교한 효과였으므로, 이 목표치는 잣대일 뿐 협정의 효과를 잰 것이 아닙니다.`
    );
  }
  const reached = (year) => (year ? `first reached it in ${year}` : `had not reached it by ${last.year}`);
  return (
    `President Obama said the agreement would raise annual U.S. goods exports to Korea by up to ${m(promiseMusd)}. ` +
    `Added to ${baseline} exports (${m(base.exportsMusd)}), that gives a target of ${m(targetMusd)}. ` +
    `In nominal dollars exports ${reached(nominal)}; in constant ${baseline} dollars (CPI-U), they ${reached(real)}. ` +
    `The promise was about the agreement’s effect compared with no agreement, so the target is a yardstick, not a measure of that effect.`
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
