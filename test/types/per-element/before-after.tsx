// React 19 app that imports ONLY the per-element entry (not the root): the tag still type-checks
// as JSX, props and events included. Its own tsconfig keeps the root entry out of this program.
import 'korus-charts/before-after';

export const ok = (
  <>
    <korus-before-after beforeYear={2011} afterYear={2016} lang="ko" />
    <korus-before-after dollars="real" priceYear={2011} onkorus-error={(e) => console.log(e.detail.code)} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error `beforeYear` is a number */}
    <korus-before-after beforeYear={{}} />
    {/* @ts-expect-error korus-error's detail has no years */}
    <korus-before-after onkorus-error={(e) => e.detail.years} />
    {/* @ts-expect-error only this entry's tag is defined (proves the root entry is not in this program) */}
    <korus-goods-balance />
  </>
);

// The events come with the entry too (DOM listeners, not only JSX props).
document
  .createElement('korus-before-after')
  .addEventListener('korus-load', (e) => console.log(e.detail.years.toFixed(0)));
