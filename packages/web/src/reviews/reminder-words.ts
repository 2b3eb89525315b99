import type { Reminder } from "../api/api-types.js";

export const REMINDER_KIND_WORDS: Record<Reminder["kind"], string> = {
  manual: "督查室催办",
  late_report: "逾期未报",
  lagging: "进度滞后",
};
