// React 19 app that imports ONLY the per-element entry (not the root): the tag still type-checks
// as JSX, props and events included. Its own tsconfig keeps the root entry out of this program.
import 'korus-charts/goods-balance';

export const ok = (
  <>
    <korus-goods-balance from={2011} lang="ko" />
    <korus-goods-balance to={2024} theme="dark" onkorus-error={(e) => console.log(e.detail.code)} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error `from` is a number */}
    <korus-goods-balance from={{}} />
    {/* @ts-expect-error korus-error's detail has no years */}
    <korus-goods-balance onkorus-error={(e) => e.detail.years} />
    {/* @ts-expect-error only this entry's tag is defined (proves the root entry is not in this program) */}
    <korus-export-promise />
  </>
);

// The events come with the entry too (DOM listeners, not only JSX props).
document
  .createElement('korus-goods-balance')
  .addEventListener('korus-load', (e) => console.log(e.detail.years.toFixed(0)));
