// Builds the usual starting point through the API as the office would: a report imported, the
// tasks the reader drafted from it set aside (tests do not depend on what the reader finds), items
// with targets created and assigned, the plan published.
import { expect } from "vitest";
import type { Session } from "./harness.js";
import { countyReportText } from "./report-texts.js";

export interface ItemSpec {
  title: string;
  leadUnitId: string | null;
  coUnitIds?: string[];
  area?: string;
  targets?: { metric: string; unit: string; targetValue: number; comparator?: string }[];
  milestones?: { name: string; due: string; done?: string | null }[];
  public?: boolean;
  publicProgress?: string;
}

export async function publishedPlanWith(
  admin: Session,
  items: readonly ItemSpec[],
): Promise<{ planId: string; itemIds: string[] }> {
  const imported = await admin.upload("/api/plans", "county.md", new TextEncoder().encode(countyReportText));
  expect(imported.statusCode).toBe(201);
  const planId = imported.json().plan.id as string;
  for (const drafted of (await admin.get(`/api/items?planId=${planId}`)).json() as { id: string }[]) {
    expect((await admin.send("DELETE", `/api/items/${drafted.id}`)).statusCode).toBe(204);
  }
  const itemIds: string[] = [];
  for (const spec of items) {
    const created = await admin.send("POST", "/api/items", { planId, ...spec });
    expect(created.statusCode, created.body).toBe(201);
    itemIds.push(created.json().id);
  }
  const published = await admin.send("POST", `/api/plans/${planId}/publish`, {});
  expect(published.statusCode).toBe(200);
  return { planId, itemIds };
}
