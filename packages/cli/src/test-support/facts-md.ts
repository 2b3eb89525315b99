/** The fields `luoshi extract --format json` prints for each fact, as shared/eval/FACTS.md lists them. */
export const factsMdFields = [
  "quote",
  "metric",
  "value",
  "unit",
  "base_value",
  "base_unit",
  "kind",
  "direction",
  "period",
  "status",
  "comparator",
  "source",
] as const;
