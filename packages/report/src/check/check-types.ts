// The shapes `checkReport` returns: findings a drafting office reads before the report goes to the
// Congress (报告体检). A finding points at the input exactly, so a page can highlight it.
import type { SourceSpan } from "../types.js";

/** How sure the checker is that the text is wrong. `question`: worth a second look, may be intended. */
export type CheckSeverity = "error" | "warning" | "question";

/** Closed list of the checks. */
export type CheckCode =
  /** A slogan or set phrase that needs the report's own place names another jurisdiction. */
  | "PLACE_OTHER_JURISDICTION"
  /** A numbered heading skips a number: `（二）` followed by `（四）`. */
  | "NUMBERING_GAP"
  /** Two headings of one list carry the same number. */
  | "NUMBERING_REPEAT"
  /** A heading's number is lower than the one before it (and is not a new list starting at 1). */
  | "NUMBERING_ORDER"
  /** `重点做好七个方面的工作` followed by a different number of headings. */
  | "ITEM_COUNT_MISMATCH"
  /** Headings of one numbering level written with different Markdown heading levels. */
  | "HEADING_LEVEL_MIXED"
  /** A lead-in sentence left plain where the lead-ins around it are bold. */
  | "LEAD_IN_NOT_BOLD"
  /** One metric given two different values for the same period. */
  | "METRIC_CONFLICT"
  /** This year's target is lower than last year's result for the same metric. */
  | "TARGET_BELOW_RESULT"
  /** A share or rate above 100%. */
  | "SHARE_OVER_100"
  /** A part (`其中…`) larger than the total it belongs to. */
  | "PART_EXCEEDS_TOTAL"
  /** A five-year total smaller than the figure of one of its years. */
  | "FIVE_YEAR_BELOW_YEAR"
  /** Two spellings, one character apart, of the same set phrase: `两降一增` and `两降一升`. */
  | "NEAR_TWIN_PHRASE"
  /** The same sentence written twice. */
  | "DUPLICATE_SENTENCE"
  /** A quotation mark or bracket without its partner. */
  | "UNBALANCED_PAIR";

/** One thing a drafter should look at. */
export interface CheckFinding {
  code: CheckCode;
  severity: CheckSeverity;
  /** In Chinese: what is wrong and the rule behind it. */
  message: string;
  /** The text the finding is about, as UTF-16 offsets into the input exactly as given. */
  source: SourceSpan;
  /** Other places involved: the other value of the same metric, the first copy of a sentence. */
  related?: SourceSpan[];
}

export interface CheckResult {
  /** In reading order of `source.start`. */
  findings: CheckFinding[];
}
