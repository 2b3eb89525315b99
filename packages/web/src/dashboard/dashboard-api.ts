// What the dashboard reads from the server, in the server's own shapes
// (packages/server/src/dashboard/dashboard.routes.ts), and the published plans it may show.
import type { ItemStatus } from "../api/api-types.js";
import type { LuoshiApi } from "../api/luoshi-api.js";

export interface StatusCounts {
  count: number;
  /** Percent done, items weighted by their number of targets. */
  completion: number;
  /** Percent expected by now (序时进度), weighted the same way. */
  expected: number;
  byStatus: Record<ItemStatus, number>;
}

export interface AreaSummary extends StatusCounts {
  name: string;
  area: string;
}

export interface UnitSummary extends StatusCounts {
  name: string;
  /** null for the items no lead unit has been assigned to yet. */
  unitId: string | null;
  unitName: string;
}

export interface UnitRank {
  rank: number;
  unitId: string | null;
  unitName: string;
  completion: number;
  expected: number;
  count: number;
}

export interface LaggingItem {
  id: string;
  title: string;
  area: string | null;
  leadUnit: { id: string; name: string } | null;
  deadline: string;
  status: ItemStatus;
  completion: number;
  expected: number;
  statusReason: string;
}

export interface DashboardView {
  plan: { id: string; title: string; year: number; version: number } | null;
  overall: StatusCounts;
  byStatus: { status: ItemStatus; count: number }[];
  byArea: AreaSummary[];
  byUnit: UnitSummary[];
  ranking: UnitRank[];
  /** Completion at the end of each period that has ended, oldest first. */
  trend: { period: string; completion: number }[];
  seriouslyLagging: LaggingItem[];
}

/** The dashboard of one plan; without a plan id the server picks the newest published plan. */
export async function fetchDashboard(api: LuoshiApi, planId: string | null): Promise<DashboardView> {
  // The shared client's `Dashboard` type was sketched before the server existed; this page reads
  // the server's schema, so the answer is taken at the server's word.
  const view: unknown = await api.dashboard.get(planId ?? "");
  return view as DashboardView;
}
