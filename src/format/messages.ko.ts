import type { FrameMessages } from './message-types.js';

export const ko: FrameMessages = {
  showData: '데이터 보기',
  hideData: '데이터 숨기기',
  download: '내려받기',
  downloads: { csv: '데이터(CSV)', svg: '이미지(SVG)', png: '이미지(PNG)' },
  downloadUnavailable:
    '파일을 만드는 download.js를 불러오지 못해 내려받을 수 없습니다. 이 파일은 차트 스크립트와 같은 폴더에 있어야 합니다.',
  tableUnit: '억 달러',
  year: '연도',
  loading: '데이터를 불러오는 중…',
  censusSource: {
    before: '출처: ',
    link: '미국 인구조사국(Census Bureau) 대한국 상품 교역 통계',
    after: ({ through, latestMonth, vintages }) =>
      ` (연간 자료는 ${through}년까지, 월별 자료는 ${latestMonth.slice(0, 4)}년 ${+latestMonth.slice(5)}월까지. ${vintages.map((v) => `${v.from}~${v.to}년은 ${v.published}년 발표치`).join(', ')})`,
  },
  urlSource: '데이터:',
  propertySource: '이 페이지가 제공한 데이터입니다.',
  keptPrevious: '새 데이터를 사용할 수 없어 이전 데이터를 계속 표시합니다.',
  plotHint: '화살표 키로 연도를 이동할 수 있습니다.',
  readerUnavailable:
    '페이지가 제공한 데이터를 읽고 잘못된 설정을 설명하는 korus-charts 파일(data-reader.js)을 불러오지 못했습니다. 이 파일은 차트 스크립트와 같은 폴더에 있어야 합니다.',
};
