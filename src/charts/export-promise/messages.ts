import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { MONTHS } from '../../format/messages.en.js';
import { localized } from '../../format/localized.js';
import type { PromiseData } from './derive.js';

/**
 * What the words need: the derived data (amounts in millions of USD, gains as given and as drawn in
 * `givenMusd` and `gainMusd`: [promise, band low, band high]) and what they say of it.
 */
export interface Finding extends PromiseData {
  base: number;
  /** The President's ceiling ("up to"), not a gain the reader chose. */
  ceiling: boolean;
  /** First year at or above the line, as shown (to the tenth of a billion), if any. */
  reached?: number;
  /** Years after `reached` below the line again. */
  below: number[];
  /** Largest shortfall after the baseline (reached), or the smallest one (never reached); a positive magnitude. */
  short?: { year: number; musd: number } | false;
  /** Constant dollars of a year other than the baseline's: the gains were rescaled. */
  price?: number;
}

/** The dated figures the notes cite: [the President's date, the figure he said in billions, the USITC's date]. */
export type Sources = [string, number, string];

// Strings are kept short on purpose: every byte here ships in the script-tag bundle.
export interface ExportPromiseMessages {
  /** `years` as the formatter writes a span: "2005–2025". */
  title: (years: string) => string;
  axisNote: (price: number) => string;
  names: { exports: string; target: string; gap: string };
  /** The line's label: "Up to $11.0B on 2011", or a chosen gain "+$5.0B on 2012 (chosen yardstick)". */
  line: (c: Finding, f: Formatter) => string;
  /** The band's label: the estimated increase, drawn on the baseline. */
  band: (c: Finding, f: Formatter) => string;
  shortfall: string;
  excess: string;
  finding: (c: Finding, f: Formatter) => string;
  /**
   * The notes before the milestones: the President's words
   * (`q`: the date he said them and the figure he said, from data/); the band (the USITC's date); the rescaling
   * (constant dollars of another year than the baseline's); what the figures were about.
   */
  notes: (c: Finding, f: Formatter, q: Sources) => string[];
  /** One year for screen readers: "2016: exports $42.3 billion, line $54.5 billion, …". */
  announce: (year: string, values: string) => string;
  /** The latest 12 months' label, `month` the last ("2026-08"): "12 months to Aug 2026". */
  latest: (month: string) => string;
  /**
   * What the summary adds for them: exports, the gap to the line as shown (`gapMusd`, negative
   * below it) and the line; in constant dollars (`real`), why they are left out.
   */
  latestText: (
    label: string,
    exportsMusd: number,
    gapMusd: number,
    targetMusd: number,
    f: Formatter,
    real?: boolean,
  ) => string;
}

const en: ExportPromiseMessages = {
  title: (years) => `U.S. goods exports to South Korea and the KORUS promise, ${years}`,
  axisNote: (p) => `${p} dollars`,
  names: { exports: 'Exports', target: 'Line', gap: 'Gap' },
  line: (c, f) =>
    `${c.ceiling ? `Up to ${f.money(c.gainMusd[0])}` : f.moneyChange(c.gainMusd[0])} on ${c.base}${c.ceiling ? '' : ' (chosen yardstick)'}`,
  band: (c, f) => `USITC estimate: ${f.moneyChange(c.gainMusd[1])} to ${f.moneyChange(c.gainMusd[2])} on ${c.base}`,
  shortfall: 'Below line',
  excess: 'Above line',
  finding: (c, f) => {
    const line = `the ${f.money(c.targetMusd)} line (${c.base} exports plus ${c.ceiling ? 'up to ' : ''}${f.money(c.gainMusd[0])})`;
    const s = c.short && `${f.money(c.short.musd)}, in ${c.short.year}`;
    return c.reached
      ? `Exports first reached ${line} in ${c.reached}${c.below.length ? ` but were below it in ${c.below.join(', ')}` : ''}${s ? `; the largest shortfall was ${s}` : ''}.`
      : `Exports did not reach ${line} from ${c.after[0].year} to ${c.span.to}; the smallest shortfall was ${s}.`;
  },
  notes: (c, f, [qd, b, ud]) => {
    const r = (a: readonly number[]) => `${f.money(a[1])}–${f.money(a[2])}`;
    const both = (a: readonly number[]) => `${f.money(a[0])} and ${r(a)}`;
    return [
      `On ${qd}, President Obama said the tariff cuts were “expected to boost annual exports of American goods by up to $${b} billion” (Public Papers of the Presidents).`,
      `Band: ${c.base} exports plus ${r(c.givenMusd)} a year, the increase estimated by the U.S. International Trade Commission on ${ud} (Publication 3949).`,
      !!c.price &&
        `Rescaled with CPI-U: ${both(c.givenMusd)} in ${c.base} dollars are ${both(c.gainMusd)} in ${c.price} dollars.`,
      `Both are effects against no agreement; ${c.base} exports are not a model of exports without it.`,
    ].filter((s) => s) as string[];
  },
  announce: (year, values) => `${year}: ${values}`,
  latest: (month) => `12 months to ${MONTHS[+month.slice(5) - 1].slice(0, 3)} ${month.slice(0, 4)}`,
  latestText: (label, e, gap, target, f, real) =>
    real
      ? `The ${label} are not shown in constant dollars: there are no monthly CPI-U figures here to adjust them with.`
      : `${label} (a running total, not a calendar year): exports ${f.money(e)}, ${gap ? `${f.money(Math.abs(gap))} ${gap < 0 ? 'below' : 'above'}` : 'at'} the ${f.money(target)} line.`,
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const EXPORT_PROMISE_MESSAGES: Record<Locale, ExportPromiseMessages> = localized(en, 'exportPromise');
