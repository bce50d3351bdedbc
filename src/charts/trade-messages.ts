import type { Locale } from '../format/locale.js';
import { localized } from '../format/localized.js';
import type { MilestoneId } from './timeline.js';

/**
 * Trade vocabulary the charts share: series names, units, notes and milestone labels. Each
 * chart keeps its own sentences beside it, so a one-chart bundle carries no other chart's words.
 */
export interface TradeMessages {
  unit: string;
  names: { exports: string; imports: string; balance: string };
  deficit: string;
  surplus: string;
  milestones: Record<MilestoneId, string>;
  censusNote: string;
  balanceNote: string;
  milestonesNote: (entry: string, amended: string) => string;
}

const en: TradeMessages = {
  unit: 'Billions of U.S. dollars, not adjusted for inflation.',
  names: { exports: 'Exports', imports: 'Imports', balance: 'Balance' },
  deficit: 'Deficit',
  surplus: 'Surplus',
  milestones: { t_2012_entry_into_force: 'KORUS in force', t_2019_amendment_in_force: 'Amended' },
  censusNote:
    'Exports are total exports (f.a.s. basis); imports are general imports (customs value); not seasonally adjusted.',
  balanceNote: 'Balance is exports minus imports; below zero is a U.S. deficit.',
  milestonesNote: (entry, amended) =>
    `Dashed rules: the agreement (KORUS) entered into force on ${entry}; the amended agreement on ${amended}.`,
};

/** English here; Korean from trade-messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const TRADE_MESSAGES: Record<Locale, TradeMessages> = localized(en, 'trade');
