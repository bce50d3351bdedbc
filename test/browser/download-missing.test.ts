import { expect } from 'chai';
import { choose } from './download-helpers.js';
import { cleanup, drawn, framePage, until } from './helpers.js';

// When download.js (beside the script) cannot be loaded, the reader who chose a file is told so
// in the chart, next to the Download menu, in the chart's language; not only in the console.
const alertIn = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('footer [role="alert"]');

describe('Download without download.js', () => {
  afterEach(cleanup);

  it('says beside the menu, in English and in Korean (role="alert"), that the file could not be made', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="en"></korus-goods-balance><korus-goods-balance lang="ko"></korus-goods-balance>',
      '/test-api/dist/no-download/korus-goods-balance.js',
    );
    const [en, ko] = page.doc.querySelectorAll('korus-goods-balance');
    await drawn(en);
    await drawn(ko);
    await until(() => ko.shadowRoot!.querySelector('.title')?.textContent?.includes('미국'), 'Korean words');
    expect(alertIn(en), 'no message before a download is chosen').to.equal(null);

    await choose(en, 'csv');
    const enAlert = await until(() => alertIn(en), 'the English message', 8000);
    expect(enAlert.textContent!.trim()).to.equal(
      'The file could not be made: download.js, which makes it, could not be loaded. Keep it in the same folder as the chart’s script.',
    );
    // Next to the menu: the footer's Download menu is the element just before it.
    expect(enAlert.previousElementSibling?.matches('details.downloads')).to.equal(true);

    await choose(ko, 'png');
    const koAlert = await until(() => alertIn(ko), 'the Korean message', 8000);
    expect(koAlert.textContent!.trim()).to.equal(
      '파일을 만드는 download.js를 불러오지 못해 내려받을 수 없습니다. 이 파일은 차트 스크립트와 같은 폴더에 있어야 합니다.',
    );
    expect(page.errors).to.deep.equal([]);
  });
});
