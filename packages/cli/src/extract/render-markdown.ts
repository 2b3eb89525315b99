// A readable Chinese summary of one report: what it is, its facts part by part, and the draft task
// ledger with targets and suggested units (with the words that suggested them, so a reviewer can judge).
import type { Comparator, Fact, ReadReportResult, ReportIssue, Task, UnitSuggestion } from "@luoshi/report";
import { createReportView, type ReportView, sectionLabel } from "./report-view.js";

const statusLabel = { actual: "实绩", target: "目标" } as const;
const comparatorLabel: Record<Comparator, string> = {
  eq: "",
  gte: "≥",
  gt: ">",
  approx: "≈",
  lte: "≤",
  range: "区间",
};
const severityLabel = { error: "错误", warning: "提醒", info: "说明" } as const;

export function renderMarkdown(text: string, result: ReadReportResult, fileName: string): string {
  const view = createReportView(text, result);
  const out: string[] = [];
  const { report } = result;
  const heading = [report.place, report.year ? `${report.year}年` : null, report.title ?? "政府工作报告"]
    .filter(Boolean)
    .join("");
  out.push(`# ${escapeInline(heading)}`, "");
  out.push(`- 文件：${escapeInline(fileName)}`);
  if (report.speaker) {
    out.push(`- 报告人：${escapeInline([report.speakerTitle, report.speaker].filter(Boolean).join(" "))}`);
  }
  if (report.date) out.push(`- 日期：${report.date}`);
  const targets = result.facts.filter((f) => f.status === "target").length;
  out.push(
    `- 量化事实 ${result.facts.length} 条（实绩 ${result.facts.length - targets} 条，目标 ${targets} 条）；` +
      `重点任务 ${result.tasks.length} 项；章节 ${result.sections.length} 个`,
    "",
  );

  if (result.issues.length > 0) {
    out.push("## 阅读提示", "");
    for (const issue of result.issues) out.push(`- ${issueLine(issue, view)}`);
    out.push("");
  }

  out.push("## 量化事实（按部分）", "");
  if (result.facts.length === 0) out.push("未找到量化事实。", "");
  for (const [part, facts] of groupByPart(result.facts, view)) {
    out.push(`### ${escapeInline(part)}`, "");
    out.push("| 行 | 指标 | 数值 | 类型 | 时期 | 状态 |", "|---:|---|---|---|---|---|");
    for (const f of facts) {
      out.push(
        `| ${view.lineOf(f.source.start)} | ${cell(f.metric)} | ${cell(f.quote)} | ${kindLabel(f)} | ${cell(f.period)} | ${statusLabel[f.status]}${comparatorLabel[f.comparator]} |`,
      );
    }
    out.push("");
  }

  out.push("## 重点任务", "");
  if (result.tasks.length === 0) out.push("未找到重点任务。", "");
  result.tasks.forEach((task, index) => {
    out.push(...taskLines(task, index + 1, view), "");
  });
  return `${out.join("\n").trimEnd()}\n`;
}

function taskLines(task: Task, n: number, view: ReportView): string[] {
  const lines = [`### ${n}. ${escapeInline(task.title)}`, ""];
  if (task.area) lines.push(`- 工作领域：${escapeInline(task.area)}`);
  const targets = task.targetFactIds.map((id) => view.factById(id)).filter((f): f is Fact => f !== undefined);
  if (targets.length > 0) {
    lines.push("- 量化目标：");
    for (const f of targets) lines.push(`  - ${escapeInline(f.metric)} ${escapeInline(f.quote)}`);
  } else lines.push("- 量化目标：无");
  lines.push(`- 牵头单位：${task.leadUnit ? unitLine(task.leadUnit) : "待定"}`);
  if (task.coUnits.length > 0) lines.push(`- 责任单位：${task.coUnits.map(unitLine).join("；")}`);
  lines.push(`- 完成时限：${task.deadline}`);
  if (task.milestones.length > 0) {
    lines.push(`- 节点：${task.milestones.map((m) => `${escapeInline(m.name)} ${m.due}`).join("；")}`);
  }
  lines.push(`- 出处：第 ${view.lineOf(task.source.start)} 行`);
  return lines;
}

// The strongest few triggers say why; the full list stays in the JSON.
const triggersShown = 6;

function unitLine(s: UnitSuggestion): string {
  if (s.triggers.length === 0) return s.unit;
  const shown = s.triggers.slice(0, triggersShown).map(escapeInline).join("、");
  return `${s.unit}（依据：${shown}${s.triggers.length > triggersShown ? " 等" : ""}）`;
}

function issueLine(issue: ReportIssue, view: ReportView): string {
  const where = issue.source ? `（第 ${view.lineOf(issue.source.start)} 行）` : "";
  return `${severityLabel[issue.severity]}：${escapeInline(issue.message)}${where}`;
}

function groupByPart(facts: readonly Fact[], view: ReportView): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const part = view.partOf(fact.sectionId);
    const label = part ? sectionLabel(part) : "未归入章节";
    const group = groups.get(label) ?? [];
    group.push(fact);
    groups.set(label, group);
  }
  return groups;
}

function kindLabel(f: Fact): string {
  if (f.kind === "amount") return "总量";
  return f.direction === "down" ? "减少" : f.direction === "up" ? "增加" : "变化";
}

function cell(s: string): string {
  return escapeInline(s).replace(/\|/g, "\\|");
}

// Report text can hold Markdown of its own (`**`, `#`) and line breaks; a summary shows it as text.
function escapeInline(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").replace(/([\\*`[\]<>])/g, "\\$1");
}
