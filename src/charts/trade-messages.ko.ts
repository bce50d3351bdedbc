import type { TradeMessages } from './trade-messages.js';

export const ko: TradeMessages = {
  unit: '단위: 억 달러(명목 금액, 물가 미반영)',
  names: { exports: '미국 수출', imports: '미국 수입', balance: '무역수지' },
  deficit: '적자',
  surplus: '흑자',
  milestones: { t_2012_entry_into_force: '한미 FTA 발효', t_2019_amendment_in_force: '개정 협정 발효' },
  censusNote:
    '수출은 총수출, 수입은 일반수입으로 각각 선측인도가격과 관세평가액 기준이며, 계절조정하지 않은 수치입니다.',
  balanceNote: '무역수지는 수출에서 수입을 뺀 값으로, 0보다 작으면 미국의 적자입니다.',
  milestonesNote: (entry, amended) =>
    `점선: 한미 FTA는 ${entry}에 발효되었고, 개정 협정은 ${amended}에 발효되었습니다.`,
};
