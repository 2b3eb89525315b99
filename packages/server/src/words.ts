// Dates and reporting periods as Chinese government documents write them, for every message the
// server composes: 2026年12月31日, 2026年1月, 2026年第一季度 (never 2026-12-31 or 2026-Q1).

const QUARTERS = ["一", "二", "三", "四"];

/** `2026-12-31` → `2026年12月31日`; anything else as given. */
export function dateInWords(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : isoDate;
}

/** A reporting period: `2026-01` → `2026年1月`, `2026-Q1` → `2026年第一季度`; anything else as given. */
export function periodInWords(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${QUARTERS[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${month[1]}年${Number(month[2])}月` : period;
}
