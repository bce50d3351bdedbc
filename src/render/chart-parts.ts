import type { ChartDefinition, Options } from '../pipeline/definition.js';
import { chartContext, describeChart, runChart } from '../pipeline/run.js';
import { chartWords, wordsCSV, type ChartWords, type DrawInput } from './draw.js';
import { renderMarkup } from './markup.js';

const contextOf = (i: DrawInput) => chartContext(i.series, i.locale, i.measure);

/**
 * A chart's words and its plot's marks, through the pipeline every host runs: the marks are its
 * view template as Lit SSR writes it (hydration markers included; markup.ts reads them out).
 */
export function chartParts(
  chart: ChartDefinition,
  i: DrawInput,
  options: Options,
): { words: ChartWords; plot: string } {
  const r = runChart(chart, contextOf(i), options, { widthPx: i.widthPx, heightPx: i.heightPx });
  return { words: chartWords(i, r.text), plot: renderMarkup(chart.view(r.model, undefined)) };
}

/** The chart's data table as CSV: units in the header, caption and source line at the end. */
export const chartCSV = (chart: ChartDefinition, i: DrawInput, options: Options): string =>
  wordsCSV(chartWords(i, describeChart(chart, contextOf(i), options).text));
