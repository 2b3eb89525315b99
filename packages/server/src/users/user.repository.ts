import type { Kysely } from "kysely";
import type { Role } from "../auth/actor.js";
import type { Database } from "../db/schema.js";

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

export async function listUsers(db: Kysely<Database>, orgId: string): Promise<User[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "unit_id", "active"])
    .where("org_id", "=", orgId)
    .orderBy("created_at")
    .orderBy("username")
    .execute();
  return rows.map(toUser);
}

export async function findUser(db: Kysely<Database>, orgId: string, userId: string): Promise<User | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "unit_id", "active"])
    .where("org_id", "=", orgId)
    .where("id", "=", userId)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function usernameExists(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom("accounts")
    .select("username")
    .where("username", "=", username)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(
  db: Kysely<Database>,
  orgId: string,
  user: User,
  passwordHash: string,
): Promise<void> {
  await db
    .insertInto("users")
    .values({
      org_id: orgId,
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      unit_id: user.unitId,
      password_hash: passwordHash,
      active: user.active,
    })
    .execute();
  await db
    .insertInto("accounts")
    .values({ username: user.username, org_id: orgId, user_id: user.id })
    .execute();
}

export async function updateUser(db: Kysely<Database>, orgId: string, user: User): Promise<void> {
  await db
    .updateTable("users")
    .set({ display_name: user.displayName, role: user.role, unit_id: user.unitId, active: user.active })
    .where("org_id", "=", orgId)
    .where("id", "=", user.id)
    .execute();
}

export async function updatePasswordHash(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("org_id", "=", orgId)
    .where("id", "=", userId)
    .execute();
}

export async function findUserIdByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<{ orgId: string; userId: string } | null> {
  const row = await db
    .selectFrom("accounts")
    .select(["org_id", "user_id"])
    .where("username", "=", username)
    .executeTakeFirst();
  return row ? { orgId: row.org_id, userId: row.user_id } : null;
}

function toUser(row: {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_id: string | null;
  active: boolean;
}): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitId: row.unit_id,
    active: row.active,
  };
}
