// What 单位与用户 reads and changes, in the server's shapes (units/unit.schema.ts,
// users/user.schema.ts), over the shared client's admin endpoints.
import type { Role } from "../api/api-types.js";
import type { LuoshiApi } from "../api/luoshi-api.js";

export interface ManagedUnit {
  id: string;
  name: string;
  /** Topic words: a task mentioning one is suggested to this unit at import. */
  keywords: string[];
  active: boolean;
  sortOrder: number;
}

export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

export interface NewUnit {
  name: string;
  keywords: string[];
}

export type UnitChanges = Partial<Pick<ManagedUnit, "name" | "keywords" | "active" | "sortOrder">>;

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  /** Left out, the server generates one and returns it once. */
  password?: string;
}

export type UserChanges = Partial<Pick<ManagedUser, "displayName" | "role" | "unitId" | "active">>;

export interface AdminEndpoints {
  units(): Promise<ManagedUnit[]>;
  createUnit(unit: NewUnit): Promise<ManagedUnit>;
  updateUnit(id: string, changes: UnitChanges): Promise<ManagedUnit>;
  users(): Promise<ManagedUser[]>;
  createUser(user: NewUser): Promise<{ user: ManagedUser; password: string }>;
  updateUser(id: string, changes: UserChanges): Promise<ManagedUser>;
  resetPassword(id: string): Promise<{ password: string }>;
}

export function adminEndpoints(api: LuoshiApi): AdminEndpoints {
  // The compiler still checks that the shared client has every endpoint this page calls; their
  // request and response types there were sketched before the server, so the server's are used.
  const endpoints: Record<keyof AdminEndpoints, (...args: never[]) => Promise<unknown>> = api.admin;
  return endpoints as unknown as AdminEndpoints;
}

/** Keywords as typed in one box: split at commas, 、, semicolons and whitespace; blanks and repeats dropped. */
export function parseKeywords(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/).map((word) => word.trim()))].filter(Boolean);
}

export const UNITS_KEY = ["admin", "units"] as const;
export const USERS_KEY = ["admin", "users"] as const;
