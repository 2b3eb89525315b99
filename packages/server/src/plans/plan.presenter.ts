import type { ReadReportResult } from "@luoshi/report";
import type { Plan, PlanVersion } from "./plan.model.js";

export function presentPlan(plan: Plan) {
  return {
    id: plan.id,
    title: plan.title,
    place: plan.place,
    year: plan.year,
    state: plan.state,
    version: plan.version,
    periodKind: plan.periodKind,
    fileName: plan.fileName,
    createdAt: plan.createdAt.toISOString(),
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    itemCount: plan.itemCount,
  };
}

export function presentPlanDetail(detail: { plan: Plan; text: string; reading: ReadReportResult }) {
  return {
    plan: presentPlan(detail.plan),
    text: detail.text,
    report: detail.reading.report,
    sections: detail.reading.sections,
    themes: detail.reading.themes,
    facts: detail.reading.facts,
    tasks: detail.reading.tasks,
    issues: detail.reading.issues,
  };
}

export function presentVersion(v: PlanVersion) {
  return { ...v, publishedAt: v.publishedAt.toISOString() };
}
