// SQL for logins and sessions. Accounts and sessions are the two global tables (found by username or
// cookie before the organisation is known); everything they point to is read with its org_id.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Role, SessionUser } from "./actor.js";

export interface Account {
  username: string;
  orgId: string;
  userId: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export async function findAccount(db: Kysely<Database>, username: string): Promise<Account | null> {
  const row = await db.selectFrom("accounts").selectAll().where("username", "=", username).executeTakeFirst();
  return row
    ? {
        username: row.username,
        orgId: row.org_id,
        userId: row.user_id,
        failedAttempts: row.failed_attempts,
        lockedUntil: row.locked_until,
      }
    : null;
}

export async function recordFailedLogin(
  db: Kysely<Database>,
  username: string,
  lockedUntil: Date | null,
): Promise<void> {
  await db
    .updateTable("accounts")
    .set((eb) => ({
      failed_attempts: lockedUntil ? 0 : eb("failed_attempts", "+", 1),
      locked_until: lockedUntil,
    }))
    .where("username", "=", username)
    .execute();
}

export async function clearFailedLogins(db: Kysely<Database>, username: string): Promise<void> {
  await db
    .updateTable("accounts")
    .set({ failed_attempts: 0, locked_until: null })
    .where("username", "=", username)
    .execute();
}

export async function findPasswordHash(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<{ hash: string; active: boolean } | null> {
  const row = await db
    .selectFrom("users")
    .select(["password_hash", "active"])
    .where("org_id", "=", orgId)
    .where("id", "=", userId)
    .executeTakeFirst();
  return row ? { hash: row.password_hash, active: row.active } : null;
}

export async function findSessionUser(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.org_id")
    .leftJoin("units as un", (j) => j.onRef("un.org_id", "=", "u.org_id").onRef("un.id", "=", "u.unit_id"))
    .select([
      "u.id",
      "u.org_id",
      "u.username",
      "u.display_name",
      "u.role",
      "u.unit_id",
      "u.active",
      "un.name as unit_name",
      "o.name as org_name",
    ])
    .where("u.org_id", "=", orgId)
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!row?.active) return null;
  return {
    orgId: row.org_id,
    userId: row.id,
    role: row.role as Role,
    unitId: row.unit_id,
    username: row.username,
    displayName: row.display_name,
    unitName: row.unit_name,
    orgName: row.org_name,
  };
}

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; orgId: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      org_id: session.orgId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session and its user in one round trip: this runs on every request. */
export async function findSessionWithUser(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<{ user: SessionUser; csrfToken: string } | null> {
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", (j) => j.onRef("u.org_id", "=", "s.org_id").onRef("u.id", "=", "s.user_id"))
    .innerJoin("organisations as o", "o.id", "u.org_id")
    .leftJoin("units as un", (j) => j.onRef("un.org_id", "=", "u.org_id").onRef("un.id", "=", "u.unit_id"))
    .select([
      "s.csrf_token",
      "u.id",
      "u.org_id",
      "u.username",
      "u.display_name",
      "u.role",
      "u.unit_id",
      "u.active",
      "un.name as unit_name",
      "o.name as org_name",
    ])
    .where("s.token_hash", "=", tokenHash)
    .where("s.expires_at", ">", now)
    .executeTakeFirst();
  if (!row?.active) return null;
  return {
    csrfToken: row.csrf_token,
    user: {
      orgId: row.org_id,
      userId: row.id,
      role: row.role as Role,
      unitId: row.unit_id,
      username: row.username,
      displayName: row.display_name,
      unitName: row.unit_name,
      orgName: row.org_name,
    },
  };
}

export async function deleteExpiredSessions(db: Kysely<Database>, orgId: string, userId: string, now: Date) {
  await db
    .deleteFrom("sessions")
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .where("expires_at", "<=", now)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteSessionsOfUser(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<void> {
  await db.deleteFrom("sessions").where("org_id", "=", orgId).where("user_id", "=", userId).execute();
}
