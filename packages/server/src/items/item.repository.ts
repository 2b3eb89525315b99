// SQL for items, their co-units and targets. Reads assemble whole `Item`s; row types stay here.
import { type Kysely, sql } from "kysely";
import { type LedgerFilter, ledgerQuery } from "../db/hot-queries.js";
import type { Database, ItemsTable, TargetsTable } from "../db/schema.js";
import { newId } from "../ids.js";
import type { Comparator } from "../status/status.js";
import type { Item, ItemType, NewItem, PlanRef, Target, UnitRef } from "./item.model.js";

export type ItemFilter = LedgerFilter;

export async function findItems(db: Kysely<Database>, orgId: string, filter: ItemFilter): Promise<Item[]> {
  const rows = await ledgerQuery(db, orgId, filter).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [coUnits, targets] = await Promise.all([findCoUnits(db, orgId, ids), findTargets(db, orgId, ids)]);
  return rows.map((r) =>
    toItem(
      r,
      { state: r.plan_state, year: r.plan_year, periodKind: r.plan_period_kind },
      r.lead_unit_name,
      coUnits.get(r.id) ?? [],
      targets.get(r.id) ?? [],
    ),
  );
}

export async function findItem(db: Kysely<Database>, orgId: string, itemId: string): Promise<Item | null> {
  const [item] = await findItems(db, orgId, { ids: [itemId] });
  return item ?? null;
}

async function findCoUnits(db: Kysely<Database>, orgId: string, itemIds: string[]) {
  const rows = await db
    .selectFrom("item_co_units as c")
    .innerJoin("units as u", (j) => j.onRef("u.org_id", "=", "c.org_id").onRef("u.id", "=", "c.unit_id"))
    .select(["c.item_id", "u.id", "u.name", "u.sort_order"])
    .where("c.org_id", "=", orgId)
    .where("c.item_id", "in", itemIds)
    .orderBy("u.sort_order")
    .execute();
  const byItem = new Map<string, UnitRef[]>();
  for (const r of rows) {
    const list = byItem.get(r.item_id) ?? [];
    list.push({ id: r.id, name: r.name });
    byItem.set(r.item_id, list);
  }
  return byItem;
}

async function findTargets(db: Kysely<Database>, orgId: string, itemIds: string[]) {
  const rows = await db
    .selectFrom("targets")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("item_id", "in", itemIds)
    .orderBy("sort_order")
    .execute();
  const byItem = new Map<string, Target[]>();
  for (const r of rows) {
    const list = byItem.get(r.item_id) ?? [];
    list.push(toTarget(r));
    byItem.set(r.item_id, list);
  }
  return byItem;
}

export async function insertItems(
  db: Kysely<Database>,
  orgId: string,
  items: readonly NewItem[],
): Promise<string[]> {
  const ids = items.map(() => newId());
  if (items.length === 0) return ids;
  const now = new Date();
  await db
    .insertInto("items")
    .values(
      items.map((item, i) => ({
        org_id: orgId,
        id: ids[i] as string,
        plan_id: item.planId,
        type: item.type,
        title: item.title,
        description: item.description,
        area: item.area,
        lead_unit_id: item.leadUnitId,
        deadline: item.deadline,
        start_date: item.startDate,
        milestones: JSON.stringify(item.milestones),
        public: item.public,
        public_progress: item.publicProgress,
        source_start: item.source?.start ?? null,
        source_end: item.source?.end ?? null,
        sort_order: item.sortOrder,
        version: 1,
        updated_at: now,
      })),
    )
    .execute();
  const coUnits = items.flatMap((item, i) =>
    [...new Set(item.coUnitIds)].map((unitId) => ({
      org_id: orgId,
      item_id: ids[i] as string,
      unit_id: unitId,
    })),
  );
  if (coUnits.length > 0) await db.insertInto("item_co_units").values(coUnits).execute();
  const targets = items.flatMap((item, i) =>
    item.targets.map((t, order) => ({ ...targetRow(orgId, ids[i] as string, newId(), t, order) })),
  );
  if (targets.length > 0) await db.insertInto("targets").values(targets).execute();
  return ids;
}

/** Writes an item's own fields if its version is still `expectedVersion`; false when it moved on. */
export async function updateItemFields(
  db: Kysely<Database>,
  orgId: string,
  item: Item,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable("items")
    .set({
      type: item.type,
      title: item.title,
      description: item.description,
      area: item.area,
      lead_unit_id: item.leadUnit?.id ?? null,
      deadline: item.deadline,
      start_date: item.startDate,
      milestones: JSON.stringify(item.milestones),
      public: item.public,
      public_progress: item.publicProgress,
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where("org_id", "=", orgId)
    .where("id", "=", item.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceCoUnits(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
  unitIds: readonly string[],
): Promise<void> {
  await db.deleteFrom("item_co_units").where("org_id", "=", orgId).where("item_id", "=", itemId).execute();
  const unique = [...new Set(unitIds)];
  if (unique.length > 0) {
    await db
      .insertInto("item_co_units")
      .values(unique.map((unitId) => ({ org_id: orgId, item_id: itemId, unit_id: unitId })))
      .execute();
  }
}

export async function insertTarget(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
  target: Omit<Target, "id" | "currentValue" | "currentPeriod" | "currentSource">,
  order: number,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("targets")
    .values(targetRow(orgId, itemId, id, target, order))
    .execute();
  return id;
}

export async function updateTargetDefinition(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
  target: Target,
  order: number,
): Promise<void> {
  await db
    .updateTable("targets")
    .set({
      metric: target.metric,
      unit: target.unit,
      comparator: target.comparator,
      measure: target.measure,
      direction: target.direction,
      kind: target.kind,
      target_value: target.targetValue,
      upper_value: target.upperValue,
      baseline: target.baseline,
      sort_order: order,
    })
    .where("org_id", "=", orgId)
    .where("item_id", "=", itemId)
    .where("id", "=", target.id)
    .execute();
}

export async function deleteTargets(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
  targetIds: readonly string[],
): Promise<void> {
  if (targetIds.length === 0) return;
  await db
    .deleteFrom("targets")
    .where("org_id", "=", orgId)
    .where("item_id", "=", itemId)
    .where("id", "in", targetIds)
    .execute();
}

export async function targetsWithProgress(
  db: Kysely<Database>,
  orgId: string,
  targetIds: readonly string[],
): Promise<Set<string>> {
  if (targetIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("progress_values")
    .select("target_id")
    .distinct()
    .where("org_id", "=", orgId)
    .where("target_id", "in", targetIds)
    .execute();
  return new Set(rows.map((r) => r.target_id));
}

/** Records a new latest value on a target unless a later period already set one. */
export async function setTargetCurrentValue(
  db: Kysely<Database>,
  orgId: string,
  targetId: string,
  value: { value: number; period: string; source: "report" | "statistics" },
): Promise<boolean> {
  const result = await db
    .updateTable("targets")
    .set({ current_value: value.value, current_period: value.period, current_source: value.source })
    .where("org_id", "=", orgId)
    .where("id", "=", targetId)
    .where((eb) => eb.or([eb("current_period", "is", null), eb("current_period", "<=", value.period)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether anything a person wrote hangs on the item: progress reports or comments. */
export async function itemHasHistory(db: Kysely<Database>, orgId: string, itemId: string): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(
            eb
              .selectFrom("progress_reports")
              .select("id")
              .where("org_id", "=", orgId)
              .where("item_id", "=", itemId),
          ),
          eb.exists(
            eb.selectFrom("comments").select("id").where("org_id", "=", orgId).where("item_id", "=", itemId),
          ),
        ])
        .as("used"),
    ])
    .executeTakeFirst();
  return Boolean(row?.used);
}

/** Removes an item with what belongs to it alone: targets, co-units, a saved draft, its reminders. */
export async function deleteItem(db: Kysely<Database>, orgId: string, itemId: string): Promise<void> {
  await db.deleteFrom("progress_drafts").where("org_id", "=", orgId).where("item_id", "=", itemId).execute();
  await db.deleteFrom("reminders").where("org_id", "=", orgId).where("item_id", "=", itemId).execute();
  await db.deleteFrom("targets").where("org_id", "=", orgId).where("item_id", "=", itemId).execute();
  await db.deleteFrom("item_co_units").where("org_id", "=", orgId).where("item_id", "=", itemId).execute();
  await db.deleteFrom("items").where("org_id", "=", orgId).where("id", "=", itemId).execute();
}

export async function maxSortOrder(db: Kysely<Database>, orgId: string, planId: string): Promise<number> {
  const row = await db
    .selectFrom("items")
    .select(sql<number>`coalesce(max(sort_order), -1)::int`.as("max"))
    .where("org_id", "=", orgId)
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return row?.max ?? -1;
}

function targetRow(
  orgId: string,
  itemId: string,
  id: string,
  t: Omit<Target, "id" | "currentValue" | "currentPeriod" | "currentSource">,
  order: number,
) {
  return {
    org_id: orgId,
    id,
    item_id: itemId,
    metric: t.metric,
    unit: t.unit,
    comparator: t.comparator,
    measure: t.measure,
    direction: t.direction,
    kind: t.kind,
    target_value: t.targetValue,
    upper_value: t.upperValue,
    baseline: t.baseline,
    quote: t.quote,
    source_start: t.source?.start ?? null,
    source_end: t.source?.end ?? null,
    current_value: null,
    current_period: null,
    current_source: null,
    sort_order: order,
  };
}

type ItemRow = Omit<ItemsTable, "milestones" | "created_at" | "updated_at"> & {
  milestones: Item["milestones"];
};

function toItem(
  row: ItemRow,
  plan: PlanRef,
  leadUnitName: string | null,
  coUnits: UnitRef[],
  targets: Target[],
): Item {
  return {
    id: row.id,
    planId: row.plan_id,
    plan,
    type: row.type as ItemType,
    title: row.title,
    description: row.description,
    area: row.area,
    leadUnit: row.lead_unit_id ? { id: row.lead_unit_id, name: leadUnitName ?? "" } : null,
    coUnits,
    startDate: row.start_date,
    deadline: row.deadline,
    milestones: row.milestones,
    public: row.public,
    publicProgress: row.public_progress,
    source:
      row.source_start !== null && row.source_end !== null
        ? { start: row.source_start, end: row.source_end }
        : null,
    sortOrder: row.sort_order,
    version: row.version,
    targets,
  };
}

function toTarget(r: Omit<TargetsTable, never>): Target {
  return {
    id: r.id,
    metric: r.metric,
    unit: r.unit,
    comparator: r.comparator as Comparator,
    measure: r.measure,
    direction: r.direction,
    kind: r.kind,
    targetValue: r.target_value,
    upperValue: r.upper_value,
    baseline: r.baseline,
    quote: r.quote,
    source:
      r.source_start !== null && r.source_end !== null ? { start: r.source_start, end: r.source_end } : null,
    currentValue: r.current_value,
    currentPeriod: r.current_period,
    currentSource: r.current_source,
  };
}
