import { fact } from '../data/embedded.js';

/** The last full year before the agreement entered into force: the natural base for "since KORUS". */
export const PRE_KORUS_YEAR = Number(fact('t_2012_entry_into_force').date.slice(0, 4)) - 1;

/** The milestones the charts over years mark with a dashed rule. */
export const MILESTONE_IDS = ['t_2012_entry_into_force', 't_2019_amendment_in_force'] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];
