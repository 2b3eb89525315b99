// Every page of the app, who may open it and whether it has a place in the side menu: the one table
// the router, the menu and the role guards all read.
import type { Role } from "../api/api-types.js";

export type PageKey =
  | "import"
  | "tasks"
  | "taskDetail"
  | "filing"
  | "reviews"
  | "dashboard"
  | "checkup"
  | "admin"
  | "public";

export interface PageDefinition {
  key: PageKey;
  /** Route path; `:id` style parameters allowed. */
  path: string;
  title: string;
  /** `public` pages need no login. */
  access: "public" | readonly Role[];
  inMenu: boolean;
}

export const PAGES: readonly PageDefinition[] = [
  { key: "dashboard", path: "/dashboard", title: "驾驶舱", access: ["leader", "admin"], inMenu: true },
  { key: "tasks", path: "/tasks", title: "任务台账", access: ["admin", "leader"], inMenu: true },
  {
    key: "taskDetail",
    path: "/tasks/:id",
    title: "任务详情",
    access: ["admin", "leader", "unit"],
    inMenu: false,
  },
  { key: "filing", path: "/filing", title: "填报", access: ["unit"], inMenu: true },
  { key: "reviews", path: "/reviews", title: "审核", access: ["admin"], inMenu: true },
  { key: "import", path: "/plans/import", title: "导入报告", access: ["admin"], inMenu: true },
  { key: "checkup", path: "/plans/checkup", title: "报告体检", access: ["admin"], inMenu: true },
  { key: "admin", path: "/admin/units", title: "单位与用户", access: ["admin"], inMenu: true },
  { key: "public", path: "/public/:planId?", title: "公开", access: "public", inMenu: false },
];

export const ROLE_NAMES: Record<Role, string> = {
  admin: "督查室",
  unit: "承办单位",
  leader: "领导",
};

export function pageByKey(key: PageKey): PageDefinition {
  const page = PAGES.find((entry) => entry.key === key);
  if (!page) throw new Error(`page ${key} is not registered`);
  return page;
}

export function canOpen(page: PageDefinition, role: Role | null): boolean {
  if (page.access === "public") return true;
  return role !== null && page.access.includes(role);
}

/** The side menu of a role, in the order of PAGES. */
export function menuFor(role: Role): PageDefinition[] {
  return PAGES.filter((page) => page.inMenu && canOpen(page, role));
}

/** Where a role lands after login: its daily work. */
export function homePathFor(role: Role): string {
  const home: Record<Role, PageKey> = { admin: "tasks", unit: "filing", leader: "dashboard" };
  return pageByKey(home[role]).path;
}

/**
 * The page to return to after login: only a path inside this app (never another site) that the
 * role may open; otherwise the role's home.
 */
export function returnPathAfterLogin(next: string | null, role: Role): string {
  if (!next?.startsWith("/") || next.startsWith("//")) return homePathFor(role);
  const pathname = next.split(/[?#]/)[0] ?? "";
  const page = PAGES.find((entry) => matchesPath(entry.path, pathname));
  return page && canOpen(page, role) && page.access !== "public" ? next : homePathFor(role);
}

function matchesPath(pattern: string, pathname: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = pathname.split("/").filter(Boolean);
  const required = want.filter((part) => !part.endsWith("?")).length;
  if (have.length < required || have.length > want.length) return false;
  return have.every((part, i) => {
    const expected = want[i]!;
    return expected.startsWith(":") ? part.length > 0 : expected === part;
  });
}
