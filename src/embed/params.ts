// URL parameters -> one chart element, for the CMS-safe iframe page. Pure: takes the query string
// and what the page knows about the registered tags, returns a plan or an error message. Values
// only ever become attribute values (never markup), and only attributes the element observes.

/** Attributes an iframe URL may not set: `src` would make the embed fetch and show any URL. */
const DENIED = new Set(['src', 'timeout']);
const CHART_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_VALUE_LENGTH = 200;

export type EmbedPlan =
  { ok: true; tag: string; attributes: [string, string][]; ignored: string[] } | { ok: false; message: string };

/** `observed(tag)` returns the tag's observed attributes, or undefined when no such tag is defined. */
export function planEmbed(search: string, observed: (tag: string) => readonly string[] | undefined): EmbedPlan {
  const params = new URLSearchParams(search);
  const chart = params.get('chart') ?? '';
  const tag = `korus-${chart}`;
  const allowed = CHART_NAME.test(chart) ? observed(tag) : undefined;
  if (!allowed) {
    return {
      ok: false,
      message: chart
        ? `korus-charts: there is no chart called "${chart}".`
        : 'korus-charts: the URL names no chart (add ?chart=goods-balance).',
    };
  }
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (name === 'chart') continue;
    if (allowed.includes(name) && !DENIED.has(name) && value.length <= MAX_VALUE_LENGTH) attributes.push([name, value]);
    else ignored.push(name);
  }
  return { ok: true, tag, attributes, ignored };
}
