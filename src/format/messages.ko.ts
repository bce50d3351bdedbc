import type { FrameMessages } from './message-types.js';

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
      case 'reader-unavailable':
        return '페이지가 제공한 데이터를 읽는 korus-charts 파일(data-reader.js)을 불러오지 못했습니다. 이 파일은 차트 스크립트와 같은 폴더에 있어야 합니다.';
      case 'bad-attribute':
        return `‘${p.name}’ 속성은 ${EXPECTED[p.expected] ?? p.expected}여야 하는데 ‘${p.value}’입니다.`;
    }
  },
};
