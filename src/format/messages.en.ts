import type { FrameMessages } from './message-types.js';

const EXPECTED: Record<string, string> = {
  year: 'a four-digit year',
  number: 'a number',
  nonnegative: 'a number that is zero or more',
};

export const en: FrameMessages = {
  showData: 'Show data',
  hideData: 'Hide data',
  download: 'Download',
  downloads: { csv: 'Data (CSV)', svg: 'Image (SVG)', png: 'Image (PNG)' },
  tableUnit: 'US$ billions',
  year: 'Year',
  loading: 'Loading data…',
  censusSource: {
    before: 'Source: ',
    link: 'U.S. Census Bureau, trade in goods with Korea, South',
    after: (asOf) => `; data as of ${asOf}.`,
  },
  urlSource: 'Data:',
  propertySource: 'Data supplied by this page.',
  keptPrevious: 'The new data could not be used, so the chart still shows the previous data.',
  plotHint: 'Use the arrow keys to move between years.',
  error(e) {
    const p = e.params;
    switch (e.code) {
      case 'no-years-in-range':
        return `No data between ${p.from} and ${p.to}. The data covers ${p.first}–${p.last}.`;
      case 'bad-range':
        return `“from” (${p.from}) must not be later than “to” (${p.to}).`;
      case 'bad-order':
        return `“${p.before}” (${p.a}) must be earlier than “${p.after}” (${p.b}). The data covers ${p.first}–${p.last}.`;
      case 'year-not-in-data':
        return `The ${p.name} year ${p.year} is not in the data, which covers ${p.first}–${p.last}.`;
      case 'no-cpi':
        return `There is no consumer price index (CPI-U) for ${p.year}, so it cannot be shown in constant dollars. CPI-U is available for ${p.first}–${p.last}.`;
      case 'reader-unavailable':
        return 'data-reader.js, which reads a page’s own data, could not be loaded: keep it in the same folder as the chart’s script.';
      case 'bad-attribute':
        return `The attribute “${p.name}” must be ${EXPECTED[p.expected] ?? p.expected}; found “${p.value}”.`;
    }
  },
};
