// Who may see and change an item. Checked in services, so every route and every future caller agrees.
import type { Actor } from "../auth/actor.js";
import { AppError } from "../errors.js";
import type { Item } from "./item.model.js";

export function isItemOfUnit(item: Item, unitId: string | null): boolean {
  if (!unitId) return false;
  return item.leadUnit?.id === unitId || item.coUnits.some((u) => u.id === unitId);
}

/** Unit users read their own unit's items of published plans; admins and leaders read everything. */
export function assertCanRead(actor: Actor, item: Item, planPublished: boolean): void {
  if (actor.role !== "unit") return;
  if (!isItemOfUnit(item, actor.unitId) || !planPublished) {
    throw new AppError("FORBIDDEN_UNIT", { message: "该任务不属于本单位，只能查看和填报本单位的任务" });
  }
}

/** Only the lead unit files progress for an item. */
export function assertCanFile(actor: Actor, item: Item): void {
  if (actor.role !== "unit") {
    throw new AppError("FORBIDDEN_ROLE", { message: "进展由承办单位填报，当前角色不能填报" });
  }
  if (item.leadUnit?.id !== actor.unitId) {
    throw new AppError("FORBIDDEN_UNIT", { message: "只有该任务的牵头单位可以填报进展" });
  }
}

export function assertCanEdit(actor: Actor): void {
  if (actor.role === "leader") {
    throw new AppError("FORBIDDEN_ROLE", { message: "领导可以查看和批示，不能修改任务" });
  }
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以修改任务" });
}
