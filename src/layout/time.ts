/**
 * An ISO date as a fractional year: 2012-03-15 -> 2012 + 74/366. Charts put year Y's values at
 * Y + 0.5 and milestones at their exact date on the same linear scale.
 */
export function fractionalYear(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`fractionalYear: not an ISO date: ${iso}`);
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return year + (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - start) / 86_400_000 / days;
}
