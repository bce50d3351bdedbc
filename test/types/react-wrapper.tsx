// korus-charts/react: @lit/react components for React 18 apps, typed from the element classes.
import { BeforeAfter, ExportPromise, GoodsBalance } from 'korus-charts/react';

export const charts = (
  <>
    <GoodsBalance from={2011} lang="ko" onKorusError={(e) => console.log(e.detail.code)} />
    <ExportPromise promise={11} onKorusLoad={(e) => console.log(e.detail.years)} />
    <BeforeAfter beforeYear={2011} afterYear={2016} />
    {/* @ts-expect-error `from` is a year (a number) or a month ("2011-01") */}
    <GoodsBalance from={true} />
    {/* @ts-expect-error korus-error's detail has no years */}
    <GoodsBalance onKorusError={(e) => e.detail.years} />
  </>
);
