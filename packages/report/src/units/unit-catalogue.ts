// The topic → department rules that draft a task's lead and co-units. Data, editable per organisation.

/** One standard department of a district/county government and the topics it leads. */
export interface UnitRule {
  /** Standard name, e.g. `发展和改革委员会`. */
  unit: string;
  /** Words in a task's text that point to this department. */
  keywords: string[];
  /**
   * Words that point to this department only weakly because many tasks use them (`项目`, `企业`):
   * they count for less than `keywords` and rarely make a lead on their own.
   */
  broadKeywords?: string[];
}

export type UnitCatalogue = readonly UnitRule[];
