// The wire format of a fact, as `shared/eval/FACTS.md` defines it and `luoshi extract --format json`
// prints it: snake_case field names, the source span in the original input.
import type { Comparator, Direction, Fact, FactKind, FactStatus, SourceSpan } from "./types.js";

export interface FactRecord {
  quote: string;
  metric: string;
  value: number;
  unit: string;
  base_value: number;
  base_unit: string;
  kind: FactKind;
  direction: Direction;
  period: string;
  status: FactStatus;
  comparator: Comparator;
  source: SourceSpan;
}

/**
 * Presents a fact in the FACTS.md format.
 *
 * @example
 * JSON.stringify({ facts: readReport(text).facts.map(toFactRecord) })
 */
export function toFactRecord(fact: Fact): FactRecord {
  return {
    quote: fact.quote,
    metric: fact.metric,
    value: fact.value,
    unit: fact.unit,
    base_value: fact.baseValue,
    base_unit: fact.baseUnit,
    kind: fact.kind,
    direction: fact.direction,
    period: fact.period,
    status: fact.status,
    comparator: fact.comparator,
    source: { start: fact.source.start, end: fact.source.end },
  };
}
