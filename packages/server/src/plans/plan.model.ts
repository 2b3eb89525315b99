import type { PeriodKind } from "./periods.js";

export interface Plan {
  id: string;
  title: string;
  place: string | null;
  year: number;
  state: "draft" | "published";
  version: number;
  periodKind: PeriodKind;
  fileName: string;
  createdAt: Date;
  publishedAt: Date | null;
  itemCount: number;
}

export interface PlanVersion {
  version: number;
  publishedAt: Date;
  publishedBy: string;
  publishedByName: string;
  note: string;
  changes: PlanChange[];
}

export type PlanChange =
  | { kind: "added"; itemId: string; title: string }
  | { kind: "removed"; itemId: string; title: string }
  | { kind: "changed"; itemId: string; title: string; fields: string[] };
