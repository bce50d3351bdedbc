// React 19 app that imports ONLY the per-element entry (not the root): the tag still type-checks
// as JSX, props and events included. Its own tsconfig keeps the root entry out of this program.
import 'korus-charts/export-promise';

export const ok = (
  <>
    <korus-export-promise from={2011} lang="ko" />
    <korus-export-promise baseline={2011} promise={11} onkorus-load={(e) => console.log(e.detail.years)} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error `from` is a number */}
    <korus-export-promise from={{}} />
    {/* @ts-expect-error korus-error's detail has no years */}
    <korus-export-promise onkorus-error={(e) => e.detail.years} />
    {/* @ts-expect-error only this entry's tag is defined (proves the root entry is not in this program) */}
    <korus-before-after />
  </>
);

// The events come with the entry too (DOM listeners, not only JSX props).
document
  .createElement('korus-export-promise')
  .addEventListener('korus-load', (e) => console.log(e.detail.years.toFixed(0)));
