// React 19 renders custom elements natively: props become properties (numbers stay numbers) and
// `onkorus-error` listens to the `korus-error` event. `import 'korus-charts'` defines the tags and
// brings their JSX typings.
import 'korus-charts';
import { GoodsBalance } from 'korus-charts/react';

// Your own rows (illustrative numbers, millions of USD) through the `data` property.
const rows = [
  { year: 2012, exports: 45000, imports: 55000 },
  { year: 2017, exports: 60500, imports: 65000 },
];

export function App() {
  return (
    <main style={{ maxWidth: 900, margin: 'auto' }}>
      <h1>korus-charts in React</h1>
      <korus-goods-balance id="balance" from={2007} lang="ko" onkorus-error={(e) => console.error(e.detail.message)} />
      <korus-export-promise id="promise" promise={12} theme="dark" />
      <korus-before-after id="before-after" beforeYear={2012} afterYear={2017} data={rows} />
      <h2>The React 18 wrapper (korus-charts/react)</h2>
      <GoodsBalance id="wrapped" from={2016} to={2024} onKorusError={(e) => console.error(e.detail.message)} />
    </main>
  );
}
