// The health check's public surface: `checkReport` and the finding types.

export { checkReport } from "./check-report.js";
export type { CheckCode, CheckFinding, CheckResult, CheckSeverity } from "./check-types.js";
