// The leaders' dashboard (驾驶舱): one plan's items assessed for today and summed up by status, area
// and unit, a unit ranking, the completion trend period by period, and the seriously lagging items.
// The roll-up sums each subordinate organisation's latest published plan the same way.
import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.js";
import { chinaToday } from "../clock.js";
import { latestPublishedPlansQuery } from "../db/hot-queries.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { toPercent } from "../items/item.presenter.js";
import { findOrganisation, listOrganisations } from "../orgs/org.repository.js";
import { endedPeriods, periodEnd } from "../plans/periods.js";
import type { Plan } from "../plans/plan.model.js";
import { findPlan, listPlans } from "../plans/plan.repository.js";
import {
  type Assessment,
  assessItem,
  defaultThresholds,
  type Status,
  type StatusSummary,
  summariseStatuses,
  type Thresholds,
} from "../status/status.js";
import {
  type DashboardItem,
  findAcceptedValues,
  findDashboardItems,
  findRollupItems,
} from "./dashboard.repository.js";

export interface SummaryView {
  count: number;
  /** Weighted percent done and percent expected by now (序时进度). */
  completion: number;
  expected: number;
  byStatus: Record<Status, number>;
}

export interface DashboardView {
  plan: { id: string; title: string; year: number; version: number } | null;
  overall: SummaryView;
  byStatus: { status: Status; count: number }[];
  byArea: (SummaryView & { name: string; area: string })[];
  byUnit: (SummaryView & { name: string; unitId: string | null; unitName: string })[];
  ranking: {
    rank: number;
    name: string;
    unitId: string | null;
    unitName: string;
    completion: number;
    expected: number;
    count: number;
  }[];
  trend: { period: string; completion: number }[];
  seriouslyLagging: {
    id: string;
    title: string;
    area: string | null;
    leadUnit: { id: string; name: string } | null;
    deadline: string;
    status: Status;
    completion: number;
    expected: number;
    statusReason: string;
  }[];
}

const statusOrder: Status[] = ["done", "on_track", "lagging", "seriously_lagging", "overdue"];

export async function getDashboard(
  db: Kysely<Database>,
  actor: Actor,
  planId: string | undefined,
  now: Date,
): Promise<DashboardView> {
  if (actor.role === "unit") throw new AppError("FORBIDDEN_ROLE", { message: "驾驶舱供领导和督查室使用" });
  const plan = planId
    ? await findPlan(db, actor.orgId, planId, { withItemCount: false })
    : await latestPublishedPlan(db, actor.orgId);
  if (planId && !plan) throw new AppError("PLAN_NOT_FOUND");
  const thresholds = await thresholdsOf(db, actor.orgId);
  const today = chinaToday(now);
  if (!plan) return emptyDashboard();
  const [items, values] = await Promise.all([
    findDashboardItems(db, [actor.orgId], [plan.id]),
    findAcceptedValues(db, actor.orgId, plan.id),
  ]);
  const assessed = items.map((item) => ({
    item,
    a: assess(item, thresholds, today),
    weight: weightOf(item),
  }));
  const overall = summarise(assessed.map((x) => x));
  const byArea = groupBy(assessed, (x) => x.item.area ?? "未分类").map(([area, group]) => ({
    name: area,
    area,
    ...summarise(group),
  }));
  const byUnit = groupBy(assessed, (x) => x.item.leadUnitId ?? "").map(([unitId, group]) => {
    const unitName = group[0]?.item.leadUnitName ?? "未分配";
    return { name: unitName, unitId: unitId || null, unitName, ...summarise(group) };
  });
  const ranking = byUnit
    .filter((u) => u.unitId !== null)
    .sort((a, b) => b.completion - a.completion || a.unitName.localeCompare(b.unitName, "zh"))
    .map((u, i) => ({
      rank: i + 1,
      name: u.name,
      unitId: u.unitId,
      unitName: u.unitName,
      completion: u.completion,
      expected: u.expected,
      count: u.count,
    }));
  const trend = completionTrend(plan, items, values, thresholds, today);
  const seriouslyLagging = assessed
    .filter((x) => x.a.status === "seriously_lagging" || x.a.status === "overdue")
    .sort((x, y) => x.a.completion - x.a.expected - (y.a.completion - y.a.expected))
    .map((x) => ({
      id: x.item.id,
      title: x.item.title,
      area: x.item.area,
      leadUnit: x.item.leadUnitId ? { id: x.item.leadUnitId, name: x.item.leadUnitName ?? "" } : null,
      deadline: x.item.deadline,
      status: x.a.status,
      completion: toPercent(x.a.completion),
      expected: toPercent(x.a.expected),
      statusReason: x.a.reason,
    }));
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year, version: plan.version },
    overall,
    byStatus: statusOrder.map((status) => ({ status, count: overall.byStatus[status] })),
    byArea,
    byUnit,
    ranking,
    trend,
    seriouslyLagging,
  };
}

export interface RollupView {
  total: SummaryView;
  organisations: (SummaryView & {
    orgId: string;
    orgName: string;
    planId: string | null;
    planTitle: string | null;
  })[];
}

/** The actor's organisation and every organisation below it, each on its latest published plan. */
export async function getRollup(db: Kysely<Database>, actor: Actor, now: Date): Promise<RollupView> {
  if (actor.role === "unit") throw new AppError("FORBIDDEN_ROLE", { message: "驾驶舱供领导和督查室使用" });
  const orgs = await listOrganisations(db);
  const below = new Set([actor.orgId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of orgs) {
      if (o.parentId && below.has(o.parentId) && !below.has(o.id)) {
        below.add(o.id);
        grew = true;
      }
    }
  }
  const members = orgs.filter((o) => below.has(o.id));
  return summariseOrganisations(
    db,
    members.map((o) => ({ id: o.id, name: o.name, thresholds: o.thresholds })),
    chinaToday(now),
  );
}

/** The roll-up itself, also what the benchmark measures. */
export async function summariseOrganisations(
  db: Kysely<Database>,
  orgs: readonly { id: string; name: string; thresholds: Thresholds }[],
  today: string,
): Promise<RollupView> {
  const plans = new Map(
    (
      await latestPublishedPlansQuery(
        db,
        orgs.map((o) => o.id),
      ).execute()
    ).map((p) => [p.org_id, p]),
  );
  const items = await findRollupItems(
    db,
    [...plans.keys()],
    [...plans.values()].map((p) => p.id),
  );
  const byOrg = new Map<string, Assessed[]>();
  const thresholdsByOrg = new Map(orgs.map((o) => [o.id, o.thresholds]));
  const all: Assessed[] = [];
  for (const item of items) {
    const x = {
      a: assess(item, thresholdsByOrg.get(item.orgId) ?? defaultThresholds, today),
      weight: weightOf(item),
    };
    all.push(x);
    const list = byOrg.get(item.orgId) ?? [];
    list.push(x);
    byOrg.set(item.orgId, list);
  }
  return {
    total: summarise(all),
    organisations: orgs.map((o) => ({
      orgId: o.id,
      orgName: o.name,
      planId: plans.get(o.id)?.id ?? null,
      planTitle: plans.get(o.id)?.title ?? null,
      ...summarise(byOrg.get(o.id) ?? []),
    })),
  };
}

function completionTrend(
  plan: Plan,
  items: DashboardItem[],
  values: { targetId: string; period: string; value: number }[],
  thresholds: Thresholds,
  today: string,
): { period: string; completion: number }[] {
  const periods = endedPeriods(plan.year, plan.periodKind, today);
  const trend = [];
  for (const period of periods) {
    const asOf = new Map<string, { period: string; value: number }>();
    for (const v of values) {
      if (v.period > period) continue;
      const seen = asOf.get(v.targetId);
      if (!seen || seen.period <= v.period) asOf.set(v.targetId, { period: v.period, value: v.value });
    }
    const end = periodEnd(period);
    const assessed = items.map((item) => ({
      weight: weightOf(item),
      a: assess(
        {
          ...item,
          milestones: item.milestones.map((m) => ({ ...m, done: m.done && m.done <= end ? m.done : null })),
          targets: item.targets.map((t) => ({ ...t, currentValue: asOf.get(t.id)?.value ?? null })),
        },
        thresholds,
        end,
      ),
    }));
    trend.push({ period, completion: summarise(assessed).completion });
  }
  return trend;
}

function assess(
  item: Pick<DashboardItem, "startDate" | "deadline" | "milestones" | "targets">,
  thresholds: Thresholds,
  today: string,
): Assessment {
  return assessItem(
    item.targets,
    { start: item.startDate, deadline: item.deadline, today, milestones: item.milestones },
    thresholds,
  );
}

interface Assessed {
  a: Assessment;
  weight: number;
}

// An item weighs as many targets as it has (at least one): a task with five commitments counts more
// in a unit's completion than a task with one.
function weightOf(item: Pick<DashboardItem, "targets">): number {
  return Math.max(1, item.targets.length);
}

function summarise(group: readonly Assessed[]): SummaryView {
  const s: StatusSummary = summariseStatuses(
    group.map((x) => ({ status: x.a.status, completion: x.a.completion, weight: x.weight })),
  );
  const weights = group.reduce((sum, x) => sum + x.weight, 0);
  const expected = weights === 0 ? 0 : group.reduce((sum, x) => sum + x.a.expected * x.weight, 0) / weights;
  return {
    count: s.count,
    completion: toPercent(s.completion),
    expected: toPercent(expected),
    byStatus: s.byStatus,
  };
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = groups.get(k) ?? [];
    g.push(x);
    groups.set(k, g);
  }
  return [...groups.entries()];
}

async function latestPublishedPlan(db: Kysely<Database>, orgId: string): Promise<Plan | null> {
  return (await listPlans(db, orgId)).find((p) => p.state === "published") ?? null;
}

async function thresholdsOf(db: Kysely<Database>, orgId: string): Promise<Thresholds> {
  return (await findOrganisation(db, orgId))?.thresholds ?? defaultThresholds;
}

function emptyDashboard(): DashboardView {
  const empty = summariseStatuses([]);
  const overall = { count: 0, completion: 0, expected: 0, byStatus: empty.byStatus };
  const byStatus = statusOrder.map((status) => ({ status, count: 0 }));
  return {
    plan: null,
    overall,
    byStatus,
    byArea: [],
    byUnit: [],
    ranking: [],
    trend: [],
    seriouslyLagging: [],
  };
}
