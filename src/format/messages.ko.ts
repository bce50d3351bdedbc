import type { FrameMessages } from './messages.js';
import { where } from './where.js';

const at = (e: Parameters<FrameMessages['error']>[0]) => {
  const w = where(
    e,
    (n) => `${n}번째 줄`,
    (c) => `‘${c}’ 열`,
  );
  return w ? `${w}: ` : '';
};

const EXPECTED: Record<string, string> = {
  year: '네 자리 연도',
  number: '숫자',
  nonnegative: '0 이상의 숫자',
};

export const ko: FrameMessages = {
  showData: '데이터 보기',
  hideData: '데이터 숨기기',
  download: '내려받기',
  downloads: { csv: '데이터(CSV)', svg: '이미지(SVG)', png: '이미지(PNG)' },
  tableUnit: '억 달러',
  year: '연도',
  loading: '데이터를 불러오는 중…',
  censusSource: {
    before: '출처: ',
    link: '미국 인구조사국(Census Bureau) 대한국 상품 교역 통계',
    after: (asOf) => ` (${asOf}년 기준 자료)`,
  },
  urlSource: '데이터:',
  propertySource: '이 페이지가 제공한 데이터입니다.',
  keptPrevious: '새 데이터를 사용할 수 없어 이전 데이터를 계속 표시합니다.',
  plotHint: '화살표 키로 연도를 이동할 수 있습니다.',
  error(e) {
    const p = e.params;
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
        return `${at(e)}숫자가 있어야 하는데 ‘${p.value}’이(가) 있습니다.`;
      case 'negative':
        return `${at(e)}수출액과 수입액은 음수일 수 없습니다(값: ${p.value}).`;
      case 'balance-mismatch':
        return `${at(e)}무역수지가 ${p.value}(으)로 되어 있지만 수출액에서 수입액을 빼면 ${p.expected}입니다.`;
      case 'not-a-year':
        return `${at(e)}네 자리 연도가 있어야 하는데 ‘${p.value}’이(가) 있습니다.`;
      case 'duplicate-year':
        return `${p.year}년이 두 번 나옵니다(${p.first}번째 줄과 ${e.line}번째 줄).`;
      case 'json-syntax':
        return `JSON 파일을 읽을 수 없습니다: ${p.detail}`;
      case 'json-not-array':
        return `{year, exports, imports} 객체의 JSON 배열이 필요한데 ${p.found}이(가) 있습니다.`;
      case 'json-not-object':
        return `${at(e)}{"year": 2011, "exports": 43461.6, "imports": 56661.4} 형태의 객체가 필요한데 ${p.found}이(가) 있습니다.`;
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
        return `‘${p.name}’ 속성은 ${EXPECTED[p.expected] ?? p.expected}여야 하는데 ‘${p.value}’입니다.`;
    }
  },
};
