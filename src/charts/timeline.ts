import { FACT } from '../data/embedded.js';
import type { Formatter } from '../format/format.js';
import type { FocusStop } from '../frame/view-model.js';

/** The last full year before the agreement entered into force: the natural base for "since KORUS". */
export const PRE_KORUS_YEAR = Number(FACT.t_2012_entry_into_force.date.slice(0, 4)) - 1;

/** The milestones the charts over years mark with a dashed rule. */
export const MILESTONE_IDS = ['t_2012_entry_into_force', 't_2019_amendment_in_force'] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/** Each milestone's date (ISO), from data/korus-facts.csv. */
export const MILESTONE_DATES: Readonly<Record<MilestoneId, string>> = {
  t_2012_entry_into_force: FACT.t_2012_entry_into_force.date,
  t_2019_amendment_in_force: FACT.t_2019_amendment_in_force.date,
};

/** The milestones with their dates and names in one language, for a chart over years. */
export const milestonesFor = (names: Readonly<Record<MilestoneId, string>>) =>
  MILESTONE_IDS.map((id) => ({ id, date: MILESTONE_DATES[id], label: names[id] }));

/** A focus stop over one year's column: the tooltip anchored at `y`, headed by the year. */
export function yearStop(
  c: { year: number; x0: number; x1: number; cx: number },
  y: number,
  fmt: Formatter,
  stop: Pick<FocusStop, 'rows' | 'announce' | 'parts'>,
): FocusStop {
  return { key: String(c.year), x: c.cx, y, x0: c.x0, x1: c.x1, heading: fmt.year(c.year), ...stop };
}
