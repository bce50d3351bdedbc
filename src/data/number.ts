/** Numbers or numeric strings; "43,461.6" (comma thousands separators in the right places) too. */
export function toNumber(raw: unknown): number | undefined {
  // -0 is read as 0, so that no "−0.0" reaches the page.
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw + 0 : undefined;
  if (typeof raw !== 'string') return undefined;
  let s = raw.trim().replace(/^\u2212/, '-');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n + 0 : undefined;
}
