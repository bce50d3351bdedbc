import type { DataError } from '../data/errors.js';
import type { Locale } from './locale.js';
import { where } from './where.js';

/**
 * Messages for whatever a chart refuses, in each language: a data file or `data` array that
 * cannot be used, and options that do not fit the data. They travel with the data reader
 * (src/frame/data-reader.ts), which the script-tag bundles load only for a page that supplies its
 * own data or a refused option, so a chart that draws never carries them. The one message that
 * must be at hand without the reader, that it could not be loaded, is the frame's
 * (`readerUnavailable`). Undefined for a code these messages do not know (periods have their own).
 */
export type ErrorMessages = (e: DataError) => string | undefined;

const EXPECTED_EN: Record<string, string> = {
  year: 'a four-digit year',
  number: 'a number from −1,000,000 to 1,000,000',
  nonnegative: 'a number from 0 to 1,000,000',
};

const en: ErrorMessages = (e) => {
  const p = e.params;
  const w = where(
    e,
    (n) => `line ${n}`,
    (c) => `column “${c}”`,
  );
  const at = w ? ` (${w})` : '';
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
      return `Expected a number${at}, found “${p.value}”.`;
    case 'negative':
      return `Exports and imports cannot be negative${at}: found ${p.value}.`;
    case 'balance-mismatch':
      return `The balance${at} is ${p.value}, but exports minus imports is ${p.expected}.`;
    case 'not-a-year':
      return `Expected a four-digit year${at}, found “${p.value}”.`;
    case 'duplicate-year':
      return `The year ${p.year} appears twice (lines ${p.first} and ${e.line}).`;
    case 'json-syntax':
      return `The JSON file cannot be read: ${p.detail}`;
    case 'json-not-array':
      return `Expected a JSON array of {year, exports, imports} objects, found ${p.found}.`;
    case 'json-not-object':
      return `Expected an object like {"year": 2011, "exports": 43461.6, "imports": 56661.4}${at}, found ${p.found}.`;
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
      return `The attribute “${p.name}” must be ${EXPECTED_EN[p.expected] ?? p.expected}; found “${p.value}”.`;
    case 'too-large':
      return `The data file is larger than ${p.limit}, the most a chart reads.`;
    case 'too-many-rows':
      return `The data has more than ${p.limit} rows, the most a chart reads.`;
    case 'out-of-range':
      return `Amounts (millions of U.S. dollars) must be at most 1,000,000,000 in size${at}: found ${p.value}.`;
    case 'duplicate-column':
      return `The column “${p.column}” appears more than once${at}. Keep one.`;
    case 'unreadable':
      return `The data could not be read (${p.detail}).`;
    case 'data-attribute':
      return `The “data” attribute holds text (“${p.value}”) and is not read: set the data property. In React, import korus-charts before rendering.`;
  }
};

const EXPECTED_KO: Record<string, string> = {
  year: '네 자리 연도',
  number: '−1,000,000 이상 1,000,000 이하의 숫자',
  nonnegative: '0 이상 1,000,000 이하의 숫자',
};

const ko: ErrorMessages = (e) => {
  const p = e.params;
  const w = where(
    e,
    (n) => `${n}번째 줄`,
    (c) => `‘${c}’ 열`,
  );
  const at = w ? `${w}: ` : '';
  switch (e.code) {
    case 'empty':
      return '데이터 파일이 비어 있습니다.';
    case 'header-only':
      return `데이터 파일에 머리글 행(${p.columns})만 있고 데이터 행이 없습니다.`;
    case 'html':
      return '데이터 주소가 CSV나 JSON 파일이 아닌 웹 페이지를 반환했습니다. src 주소를 확인하세요.';
    case 'missing-column':
      return `데이터에 ‘${p.column}’ 열이 없습니다. 있는 열: ${p.found}. 필요한 열: year, exports, imports(단위: 백만 달러).`;
    case 'not-a-number':
      return `${at}숫자가 있어야 하는데 ‘${p.value}’이(가) 있습니다.`;
    case 'negative':
      return `${at}수출액과 수입액은 음수일 수 없습니다(값: ${p.value}).`;
    case 'balance-mismatch':
      return `${at}무역수지가 ${p.value}(으)로 되어 있지만 수출액에서 수입액을 빼면 ${p.expected}입니다.`;
    case 'not-a-year':
      return `${at}네 자리 연도가 있어야 하는데 ‘${p.value}’이(가) 있습니다.`;
    case 'duplicate-year':
      return `${p.year}년이 두 번 나옵니다(${p.first}번째 줄과 ${e.line}번째 줄).`;
    case 'json-syntax':
      return `JSON 파일을 읽을 수 없습니다: ${p.detail}`;
    case 'json-not-array':
      return `{year, exports, imports} 객체의 JSON 배열이 필요한데 ${p.found}이(가) 있습니다.`;
    case 'json-not-object':
      return `${at}{"year": 2011, "exports": 43461.6, "imports": 56661.4} 형태의 객체가 필요한데 ${p.found}이(가) 있습니다.`;
    case 'fetch-status':
      return `데이터 파일을 불러오지 못했습니다. 서버가 ${p.url}에 대해 ${p.status} 응답을 보냈습니다.`;
    case 'fetch-network':
      return `${p.url}에서 데이터 파일을 불러오지 못했습니다. 네트워크 오류가 발생했습니다.`;
    case 'fetch-timeout':
      return `${p.url}의 데이터 파일이 ${p.seconds}초 안에 도착하지 않았습니다.`;

    case 'no-years-in-range':
      return `${p.from}년부터 ${p.to}년 사이의 데이터가 없습니다. 데이터 범위는 ${p.first}~${p.last}년입니다.`;
    case 'bad-range':
      return `시작 연도(from, ${p.from})가 끝 연도(to, ${p.to})보다 늦을 수 없습니다.`;
    case 'bad-order':
      return `‘${p.before}’(${p.a}년)는 ‘${p.after}’(${p.b}년)보다 앞선 연도여야 합니다. 데이터 범위는 ${p.first}~${p.last}년입니다.`;
    case 'year-not-in-data':
      return `${p.name} 연도(${p.year}년)가 데이터에 없습니다. 데이터 범위는 ${p.first}~${p.last}년입니다.`;
    case 'no-cpi':
      return `${p.year}년 소비자물가지수(CPI-U)가 없어 불변가격으로 나타낼 수 없습니다. CPI-U는 ${p.first}~${p.last}년 자료가 있습니다.`;
    case 'bad-attribute':
      return `‘${p.name}’ 속성은 ${EXPECTED_KO[p.expected] ?? p.expected}여야 하는데 ‘${p.value}’입니다.`;
    case 'too-large':
      return `데이터 파일이 ${p.limit}를 넘습니다. 차트는 ${p.limit}까지만 읽습니다.`;
    case 'too-many-rows':
      return `데이터가 ${p.limit}행을 넘습니다. 차트는 ${p.limit}행까지만 읽습니다.`;
    case 'out-of-range':
      return `${at}금액(백만 달러)의 절댓값은 1,000,000,000 이하여야 하는데 ${p.value}입니다.`;
    case 'duplicate-column':
      return `${at}‘${p.column}’ 열이 두 번 이상 있습니다. 하나만 남기세요.`;
    case 'unreadable':
      return `데이터를 읽을 수 없습니다(${p.detail}).`;
    case 'data-attribute':
      return `차트는 ‘data’ 속성에 적힌 텍스트(‘${p.value}’)를 읽지 않습니다. data 프로퍼티를 지정하세요. React에서는 렌더링 전에 korus-charts를 import하세요.`;
  }
};

export const DATA_ERROR_MESSAGES: Record<Locale, ErrorMessages> = { en, ko };
