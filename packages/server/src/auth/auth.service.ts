// Login, sessions and lock-out. A wrong password and an unknown user answer the same way and take the
// same time; five failures in a row lock the account for a quarter of an hour.
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { SessionUser } from "./actor.js";
import {
  clearFailedLogins,
  deleteExpiredSessions,
  deleteSession,
  findAccount,
  findPasswordHash,
  findSessionUser,
  findSessionWithUser,
  insertSession,
  recordFailedLogin,
} from "./auth.repository.js";
import { hashPassword, verifyPassword } from "./password.js";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const SESSION_HOURS = 12;

let dummyHash: Promise<string> | null = null;

export interface LoginResult {
  user: SessionUser;
  token: string;
  csrfToken: string;
}

export async function login(
  db: Kysely<Database>,
  username: string,
  password: string,
  now: Date,
): Promise<LoginResult> {
  const account = await findAccount(db, username);
  if (account?.lockedUntil && account.lockedUntil > now) {
    const retryAfterSeconds = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new AppError("LOGIN_LOCKED", {
      message: `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
      retryAfterSeconds,
    });
  }
  const stored = account ? await findPasswordHash(db, account.orgId, account.userId) : null;
  dummyHash ??= hashPassword("not a password");
  const ok = await verifyPassword(password, stored?.hash ?? (await dummyHash));
  if (!account || !stored || !ok || !stored.active) {
    if (account) {
      const locks = account.failedAttempts + 1 >= MAX_FAILED_LOGINS;
      await recordFailedLogin(db, username, locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null);
    }
    throw new AppError("WRONG_CREDENTIALS");
  }
  await clearFailedLogins(db, username);
  await deleteExpiredSessions(db, account.orgId, account.userId, now);
  const user = await findSessionUser(db, account.orgId, account.userId);
  if (!user) throw new AppError("WRONG_CREDENTIALS");
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await insertSession(db, {
    tokenHash: hashToken(token),
    orgId: user.orgId,
    userId: user.userId,
    csrfToken,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return { user, token, csrfToken };
}

export interface ActiveSession {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

export async function resumeSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<ActiveSession | null> {
  const tokenHash = hashToken(token);
  const session = await findSessionWithUser(db, tokenHash, now);
  return session ? { ...session, tokenHash } : null;
}

export async function logout(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await deleteSession(db, tokenHash);
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
