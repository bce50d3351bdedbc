import { expect } from 'chai';
import { cleanup, drawn, framePage, until } from './helpers.js';

// When dist/monthly.js (beside the script) cannot be loaded, a chart whose options need months
// says so inside itself (role="alert"), in its language, with the frame's one message for it;
// the page sees no exception, and a chart of plain years beside it is drawn as usual.
const alertIn = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

describe('Options that need months, without monthly.js', () => {
  afterEach(cleanup);

  it('before-after periods and goods-balance month views say monthly.js is missing (en, ko)', async () => {
    const page = await framePage(
      `<korus-before-after lang="en" before="2025" after="2026"></korus-before-after>
       <korus-goods-balance lang="ko" interval="month"></korus-goods-balance>
       <korus-before-after lang="en" before="2011" after="2016"></korus-before-after>`,
      '/test-api/dist/no-monthly/korus-charts.js',
    );
    const [periods, months, years] = page.doc.querySelectorAll<HTMLElement>('korus-before-after, korus-goods-balance');
    const en = await until(() => alertIn(periods), 'the English message', 8000);
    expect(en.textContent!.trim()).to.equal(
      'monthly.js, which holds the monthly data, could not be loaded: keep it in the same folder as the chart’s script.',
    );
    const ko = await until(() => alertIn(months), 'the Korean message', 8000);
    expect(ko.textContent!.trim()).to.equal(
      '월별 자료가 든 korus-charts 파일(monthly.js)을 불러오지 못했습니다. 이 파일은 차트 스크립트와 같은 폴더에 있어야 합니다.',
    );
    // Nothing is drawn as if the months were there.
    expect(periods.shadowRoot!.querySelector('svg')).to.equal(null);
    // Two plain years need no monthly.js.
    const svg = await drawn(years);
    expect(alertIn(years)).to.equal(null);
    expect(svg.querySelectorAll('.row').length).to.be.greaterThan(0);
    expect(page.errors).to.deep.equal([]);
  });
});
