// Shapes items for the API: percentages for people, no storage columns.

import type { ProgressReport } from "../progress/progress.model.js";
import type { Reminder } from "../reminders/reminder.repository.js";
import type { Assessment } from "../status/status.js";
import type { Comment } from "./comment.repository.js";
import type { Item } from "./item.model.js";
import type {
  CommentView,
  ItemDetailView,
  ItemSummaryView,
  ProgressReportView,
  ReminderView,
} from "./item.schema.js";
import type { ItemAssessment } from "./item-status.js";

export function toPercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

export function presentItemSummary(item: Item, assessment: ItemAssessment): ItemSummaryView {
  return {
    id: item.id,
    planId: item.planId,
    type: item.type,
    title: item.title,
    area: item.area,
    leadUnit: item.leadUnit,
    coUnits: item.coUnits,
    deadline: item.deadline,
    status: assessment.status,
    completion: toPercent(assessment.completion),
    expected: toPercent(assessment.expected),
    statusReason: assessment.reason,
    targets: item.targets.map((t, i) => {
      const a = assessment.targets[i] as Assessment;
      return {
        ...t,
        status: a.status,
        completion: toPercent(a.completion),
        expected: toPercent(a.expected),
        reason: a.reason,
      };
    }),
    public: item.public,
    version: item.version,
  };
}

export function presentItemDetail(
  item: Item,
  assessment: ItemAssessment,
  related: { reports: ProgressReport[]; comments: Comment[]; reminders: Reminder[] },
): ItemDetailView {
  const comments = related.comments.map(presentComment);
  return {
    ...presentItemSummary(item, assessment),
    description: item.description,
    startDate: item.startDate,
    milestones: item.milestones,
    publicProgress: item.publicProgress,
    source: item.source,
    progressReports: related.reports.map(presentReport),
    comments: comments.filter((c) => c.kind === "comment"),
    instructions: comments.filter((c) => c.kind === "instruction"),
    reminders: related.reminders.map(presentReminder),
  };
}

export function presentReport(r: ProgressReport): ProgressReportView {
  return {
    ...r,
    evidenceIds: r.evidence.map((e) => e.id),
    submittedAt: r.submittedAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

export function presentComment(c: Comment): CommentView {
  return {
    id: c.id,
    kind: c.kind,
    body: c.body,
    authorId: c.authorId,
    authorName: c.authorName,
    author: c.authorName,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentReminder(r: Reminder): ReminderView {
  return { ...r, createdAt: r.createdAt.toISOString() };
}
