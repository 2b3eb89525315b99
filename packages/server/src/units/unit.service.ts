// Departments of an organisation: the default list on first start, then edited by the office. Their
// keywords are the topic → department rules the plan import uses to suggest lead and co-units.

import { defaultUnitCatalogue, type UnitCatalogue } from "@luoshi/report";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import {
  findUnit,
  findUnitByName,
  insertUnits,
  listUnits,
  type Unit,
  updateUnit,
} from "./unit.repository.js";
import type { CreateUnitInput, UpdateUnitInput } from "./unit.schema.js";

export async function createDefaultUnits(db: Kysely<Database>, orgId: string): Promise<Unit[]> {
  const units = defaultUnitCatalogue.map((rule, i) => ({
    id: newId(),
    name: rule.unit,
    keywords: [...rule.keywords],
    active: true,
    sortOrder: i,
  }));
  await insertUnits(db, orgId, units);
  return units;
}

/** The organisation's active units as the catalogue `suggestUnits` reads. */
export async function unitCatalogueOf(
  db: Kysely<Database>,
  orgId: string,
): Promise<{
  catalogue: UnitCatalogue;
  idByName: Map<string, string>;
}> {
  const units = (await listUnits(db, orgId)).filter((u) => u.active);
  return {
    catalogue: units.map((u) => ({ unit: u.name, keywords: u.keywords })),
    idByName: new Map(units.map((u) => [u.name, u.id])),
  };
}

export async function createUnit(db: Kysely<Database>, actor: Actor, input: CreateUnitInput): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    if (await findUnitByName(trx, actor.orgId, input.name))
      throw new AppError("UNIT_NAME_TAKEN", { field: "name" });
    const existing = await listUnits(trx, actor.orgId);
    const unit: Unit = {
      id: newId(),
      name: input.name,
      keywords: input.keywords,
      active: true,
      sortOrder: input.sortOrder ?? existing.length,
    };
    await insertUnits(trx, actor.orgId, [unit]);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "unit.create",
      entity: "unit",
      entityId: unit.id,
      before: null,
      after: unit,
    });
    return unit;
  });
}

export async function editUnit(
  db: Kysely<Database>,
  actor: Actor,
  unitId: string,
  input: UpdateUnitInput,
): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const before = await findUnit(trx, actor.orgId, unitId);
    if (!before) throw new AppError("UNIT_NOT_FOUND");
    if (input.name && input.name !== before.name && (await findUnitByName(trx, actor.orgId, input.name))) {
      throw new AppError("UNIT_NAME_TAKEN", { field: "name" });
    }
    const after: Unit = {
      ...before,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.keywords !== undefined ? { keywords: input.keywords } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    };
    await updateUnit(trx, actor.orgId, after);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "unit.update",
      entity: "unit",
      entityId: unitId,
      before,
      after,
    });
    return after;
  });
}

export { listUnits };
