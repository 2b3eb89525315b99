// 单位与用户's helpers over the shared client's admin endpoints (types in src/api): keywords typed in
// one box, and the cache keys of the two lists.
import type { LuoshiApi } from "../api/luoshi-api.js";

/** The admin endpoints of the shared client (units, users, passwords), as the panels call them. */
export type AdminEndpoints = LuoshiApi["admin"];

/** Keywords as typed in one box: split at commas, 、, semicolons and whitespace; blanks and repeats dropped. */
export function parseKeywords(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/).map((word) => word.trim()))].filter(Boolean);
}

export const UNITS_KEY = ["admin", "units"] as const;
export const USERS_KEY = ["admin", "users"] as const;
