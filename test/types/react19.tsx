// React 19 renders custom elements natively: the tags type-check as JSX, props included.
import 'korus-charts';
import { useRef } from 'react';
import type { KorusGoodsBalance } from 'korus-charts/api';

const rows = [{ year: 2011, exports: 43461.6, imports: 56661.4 }];

export function Charts() {
  const ref = useRef<KorusGoodsBalance>(null);
  return (
    <>
      <korus-goods-balance from={2011} lang="ko" />
      <korus-goods-balance
        ref={ref}
        to={2024}
        theme="dark"
        data={rows}
        className="wide"
        chart-title="Trade with Korea"
        onkorus-error={(e) => console.log(e.detail.code, e.detail.message)}
        onkorus-load={(e) => console.log(e.detail.years.toFixed(0))}
      />
      <korus-export-promise baseline={2011} promise={11} dollars="real" priceYear={2011} />
      <korus-before-after beforeYear={2011} afterYear={2016} metrics="exports imports" lang="en" />
    </>
  );
}

export const wrong = (
  <>
    {/* @ts-expect-error `from` is a year (a number) or a month ("2011-01") */}
    <korus-goods-balance from={true} />
    {/* @ts-expect-error `theme` is "light" or "dark" */}
    <korus-goods-balance theme="blue" />
    {/* @ts-expect-error no such property */}
    <korus-goods-balance form={2011} />
    {/* @ts-expect-error no such tag */}
    <korus-nothing />
    {/* @ts-expect-error korus-error's detail has no years */}
    <korus-goods-balance onkorus-error={(e) => e.detail.years} />
  </>
);
