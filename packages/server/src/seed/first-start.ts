// What the first start of a fresh database sets up: the organisation, its units from the default
// catalogue, one demo user per role (passwords generated and shown once) and the seed report
// imported and published. Later starts find the organisation and change nothing.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { readReport } from "@luoshi/report";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import { generatePassword, hashPassword } from "../auth/password.js";
import type { Database } from "../db/schema.js";
import { newId } from "../ids.js";
import { insertOrganisation, listOrganisations } from "../orgs/org.repository.js";
import { findOrgPlanByTitle } from "../plans/plan.repository.js";
import { importPlan, publishPlan } from "../plans/plan.service.js";
import { defaultThresholds } from "../status/status.js";
import { createDefaultUnits } from "../units/unit.service.js";
import { insertUser } from "../users/user.repository.js";

export interface DemoCredential {
  username: string;
  password: string;
  role: string;
  displayName: string;
}

export interface FirstStartResult {
  orgId: string;
  created: boolean;
  credentials: DemoCredential[];
  seed: { path: string; planId: string } | { skipped: string } | null;
}

export async function prepareFirstStart(
  db: Kysely<Database>,
  options: { seedReportPaths: readonly string[]; now: Date },
): Promise<FirstStartResult> {
  const existing = await listOrganisations(db);
  if (existing[0]) return { orgId: existing[0].id, created: false, credentials: [], seed: null };

  const seedPath = options.seedReportPaths.find((p) => existsSync(p)) ?? null;
  const seedBytes = seedPath ? new Uint8Array(readFileSync(seedPath)) : null;
  const place = seedBytes ? readReport(new TextDecoder().decode(seedBytes)).report.place : null;
  const orgId = newId();
  const people = [
    { username: "admin", displayName: "督查室管理员", role: "admin" as const, unitIndex: null },
    { username: "leader", displayName: "区长", role: "leader" as const, unitIndex: null },
    { username: "unit1", displayName: "单位填报员一", role: "unit" as const, unitIndex: 0 },
    { username: "unit2", displayName: "单位填报员二", role: "unit" as const, unitIndex: 1 },
    { username: "unit3", displayName: "单位填报员三", role: "unit" as const, unitIndex: 2 },
  ];
  const credentials: DemoCredential[] = [];
  const hashes = await Promise.all(
    people.map(async (p) => {
      const password = generatePassword();
      return { ...p, password, hash: await hashPassword(password) };
    }),
  );
  let adminId = "";
  await db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, {
      id: orgId,
      name: place ? `${place}人民政府` : "示例区人民政府",
      parentId: null,
      thresholds: defaultThresholds,
    });
    const units = await createDefaultUnits(trx, orgId);
    for (const p of hashes) {
      const unit = p.unitIndex === null ? null : units[p.unitIndex];
      if (p.role === "unit" && !unit) continue;
      const id = newId();
      if (p.role === "admin") adminId = id;
      const displayName = unit ? `${unit.name}填报员` : p.displayName;
      credentials.push({ username: p.username, password: p.password, role: p.role, displayName });
      await insertUser(
        trx,
        orgId,
        {
          id,
          username: p.username,
          displayName,
          role: p.role,
          unitId: unit?.id ?? null,
          active: true,
        },
        p.hash,
      );
    }
    await recordAudit(trx, {
      orgId,
      actorId: null,
      action: "org.first_start",
      entity: "organisation",
      entityId: orgId,
      before: null,
      after: { units: units.length, users: people.map((p) => p.username) },
    });
  });

  const admin: Actor = { orgId, userId: adminId, role: "admin", unitId: null };
  const seed = seedPath && seedBytes ? await importSeed(db, admin, seedPath, seedBytes, options.now) : null;
  return {
    orgId,
    created: true,
    credentials,
    seed,
  };
}

async function importSeed(
  db: Kysely<Database>,
  admin: Actor,
  path: string,
  bytes: Uint8Array,
  now: Date,
): Promise<FirstStartResult["seed"]> {
  const fileName = basename(path);
  if (await findOrgPlanByTitle(db, admin.orgId, fileName)) return null;
  try {
    const plan = await importPlan(db, admin, { fileName, bytes }, now);
    await publishPlan(db, admin, plan.id, "首次启动时导入的示例报告", now);
    return { path, planId: plan.id };
  } catch (error) {
    return { skipped: `${path}: ${(error as Error).message}` };
  }
}
