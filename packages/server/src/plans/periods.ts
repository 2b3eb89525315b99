// Reporting periods of a plan: months (`2026-03`) or quarters (`2026-Q1`) of the plan year.
export type PeriodKind = "month" | "quarter";

export function periodsOfYear(year: number, kind: PeriodKind): string[] {
  return kind === "month"
    ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)
    : [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

export function isPeriodOf(period: string, year: number, kind: PeriodKind): boolean {
  return periodsOfYear(year, kind).includes(period);
}

/** The period a calendar date (ISO) falls in. */
export function periodOfDate(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === "month" ? `${year}-${date.slice(5, 7)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The last day (ISO) of a period. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = /Q(\d)$/.exec(period);
  const month = quarter ? Number(quarter[1]) * 3 : Number(period.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** Periods of the plan year that have ended by `today`, oldest first. */
export function endedPeriods(year: number, kind: PeriodKind, today: string): string[] {
  return periodsOfYear(year, kind).filter((p) => periodEnd(p) < today);
}

/** The period to file for on `today`: the current one within the plan year, else the nearest end. */
export function currentPeriod(year: number, kind: PeriodKind, today: string): string {
  const all = periodsOfYear(year, kind);
  const here = periodOfDate(today, kind);
  if (all.includes(here)) return here;
  return today < `${year}-01-01` ? (all[0] as string) : (all[all.length - 1] as string);
}
