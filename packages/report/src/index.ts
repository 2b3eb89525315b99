export * from "./check/index.js";
export { type FactRecord, toFactRecord } from "./fact-record.js";
export {
  type DecodeResult,
  decodeReportBytes,
  type Encoding,
  MAX_REPORT_BYTES,
  type ReportInputError,
  type ReportInputErrorCode,
} from "./input/decode-report.js";
export { readReport } from "./read-report.js";
export type * from "./types.js";
export { defaultUnitCatalogue } from "./units/default-units.js";
export { suggestUnits, type UnitSuggestions } from "./units/suggest-units.js";
export type { UnitCatalogue, UnitRule } from "./units/unit-catalogue.js";
