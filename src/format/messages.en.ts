import type { FrameMessages } from './messages.js';
import { where } from './where.js';

const at = (e: Parameters<FrameMessages['error']>[0]) => {
  const w = where(
    e,
    (n) => `line ${n}`,
    (c) => `column “${c}”`,
  );
  return w ? ` (${w})` : '';
};

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
      case 'empty':
        return 'The data file is empty.';
      case 'header-only':
        return `The data file has a header row (${p.columns}) but no data rows.`;
      case 'html':
        return 'The data address returned a web page, not a CSV or JSON file. Check the src URL.';
      case 'missing-column':
        return `The data has no “${p.column}” column. Columns found: ${p.found}. Expected: year, exports, imports (millions of U.S. dollars).`;
      case 'not-a-number':
        return `Expected a number${at(e)}, found “${p.value}”.`;
      case 'negative':
        return `Exports and imports cannot be negative${at(e)}: found ${p.value}.`;
      case 'balance-mismatch':
        return `The balance${at(e)} is ${p.value}, but exports minus imports is ${p.expected}.`;
      case 'not-a-year':
        return `Expected a four-digit year${at(e)}, found “${p.value}”.`;
      case 'duplicate-year':
        return `The year ${p.year} appears twice (lines ${p.first} and ${e.line}).`;
      case 'json-syntax':
        return `The JSON file cannot be read: ${p.detail}`;
      case 'json-not-array':
        return `Expected a JSON array of {year, exports, imports} objects, found ${p.found}.`;
      case 'json-not-object':
        return `Expected an object like {"year": 2011, "exports": 43461.6, "imports": 56661.4}${at(e)}, found ${p.found}.`;
      case 'fetch-status':
        return `The data file could not be loaded: the server answered ${p.status} for ${p.url}.`;
      case 'fetch-network':
        return `The data file could not be loaded from ${p.url}: a network error occurred.`;
      case 'fetch-timeout':
        return `The data file at ${p.url} did not arrive within ${p.seconds} seconds.`;
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
      case 'bad-attribute':
        return `The attribute “${p.name}” must be ${EXPECTED[p.expected] ?? p.expected}; found “${p.value}”.`;
    }
  },
};
