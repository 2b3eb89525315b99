import type { UnitSuggestion } from "../types.js";
import type { UnitCatalogue } from "./unit-catalogue.js";

export interface UnitSuggestions {
  lead: UnitSuggestion | null;
  co: UnitSuggestion[];
}

/**
 * Suggests the lead unit and co-units for a task from the words of its text.
 *
 * @example
 * suggestUnits("新建农村公路10公里以上", catalogue).lead?.unit // "交通运输局"
 */
export function suggestUnits(text: string, catalogue: UnitCatalogue): UnitSuggestions {
  const found = catalogue
    .map((rule) => ({ unit: rule.unit, triggers: rule.keywords.filter((k) => text.includes(k)) }))
    .filter((s) => s.triggers.length > 0)
    .sort((a, b) => b.triggers.length - a.triggers.length);
  return { lead: found[0] ?? null, co: found.slice(1) };
}
