import type { FrameMessages } from './message-types.js';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** "2026-08" -> "August 2026" (no Intl: nothing starts ICU before the first paint). */
export const monthName = (month: string): string => `${MONTHS[+month.slice(5) - 1]} ${month.slice(0, 4)}`;

export const en: FrameMessages = {
  showData: 'Show data',
  hideData: 'Hide data',
  download: 'Download',
  downloads: { csv: 'Data (CSV)', svg: 'Image (SVG)', png: 'Image (PNG)' },
  downloadUnavailable:
    'The file could not be made: download.js, which makes it, could not be loaded. Keep it in the same folder as the chart’s script.',
  tableUnit: 'US$ billions',
  year: 'Year',
  loading: 'Loading data…',
  censusSource: {
    before: 'Source: ',
    link: 'U.S. Census Bureau, trade in goods with Korea, South',
    after: ({ through, latestMonth, vintages }) =>
      `; annual data through ${through}, monthly through ${monthName(latestMonth)}${vintages.map((v, i) => `${i ? '; ' : ' ('}${v.from}–${v.to} as published in ${v.published}`).join('')}).`,
  },
  urlSource: 'Data:',
  propertySource: 'Data supplied by this page.',
  keptPrevious: 'The new data could not be used, so the chart still shows the previous data.',
  plotHint: 'Use the arrow keys to move between years.',
  readerUnavailable:
    'data-reader.js, which reads a page’s own data and explains refused settings, could not be loaded: keep it in the same folder as the chart’s script.',
};
