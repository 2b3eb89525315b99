// Dates as Chinese government documents write them: 2026年3月, 2026年12月31日, 2026年第一季度.
import dayjs from "dayjs";

/** `2026-03-15` or `2026-03` → `2026年3月`. */
export function formatMonth(isoDate: string): string {
  return dayjs(isoDate).format("YYYY年M月");
}

/** `2026-12-31` → `2026年12月31日`. */
export function formatDate(isoDate: string): string {
  return dayjs(isoDate).format("YYYY年M月D日");
}

const QUARTERS = ["一", "二", "三", "四"];

/** A reporting period: `2026-03` → `2026年3月`, `2026-Q1` → `2026年第一季度`; anything else as given. */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${QUARTERS[Number(quarter[2]) - 1]}季度`;
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(`${period}-01`);
  return period;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * An instant from the server (`2026-04-20T02:05:00Z`) as China's clocks showed it: `2026年4月20日 10:05`.
 * Written in China Standard Time whatever the browser's zone, so every user reads the same time.
 */
export function formatDateTime(isoInstant: string): string {
  const at = new Date(new Date(isoInstant).getTime() + CHINA_OFFSET_MS);
  if (Number.isNaN(at.getTime())) return isoInstant;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}
