// Dates as the government works them: calendar days in China Standard Time, whatever the server's zone.

const chinaDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export type Clock = () => Date;

/** The calendar date (ISO `YYYY-MM-DD`) in China at the given instant. */
export function chinaToday(now: Date): string {
  return chinaDate.format(now);
}
