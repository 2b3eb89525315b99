// Every progress report of a task, newest first: what was reported, with what evidence, and what
// the office said. Nothing is overwritten, so a returned report stays beside its refiling.
import { PaperClipOutlined } from "@ant-design/icons";
import { Timeline } from "antd";
import type { ProgressReport, Target } from "../api/api-types.js";
import { EmptyState } from "../components/states.js";
import { formatDateTime, formatPeriod } from "../format/dates.js";
import { ReportStateTag } from "../reviews/report-state.js";
import { formatValue } from "./target-words.js";

const TIMELINE_COLOURS: Record<ProgressReport["state"], string> = {
  submitted: "blue",
  accepted: "green",
  returned: "red",
};

export function ProgressHistory({
  reports,
  targets,
  evidenceUrl,
}: {
  reports: readonly ProgressReport[];
  targets: readonly Target[];
  evidenceUrl: (evidenceId: string) => string;
}) {
  if (reports.length === 0) return <EmptyState description="尚未填报进展" />;
  const newestFirst = [...reports].sort(
    (a, b) =>
      b.submittedAt.localeCompare(a.submittedAt) ||
      b.period.localeCompare(a.period) ||
      b.revision - a.revision,
  );
  return (
    <Timeline
      className="progress-history"
      items={newestFirst.map((report) => ({
        key: report.id,
        color: TIMELINE_COLOURS[report.state],
        title: (
          <span className="progress-history-title">
            {formatPeriod(report.period)} · 第 {report.revision} 次填报
          </span>
        ),
        content: <ProgressReportBody report={report} targets={targets} evidenceUrl={evidenceUrl} />,
      }))}
    />
  );
}

export function ProgressReportBody({
  report,
  targets,
  evidenceUrl,
  showMeta = true,
}: {
  report: ProgressReport;
  targets: readonly Target[];
  evidenceUrl: (evidenceId: string) => string;
  /** The state tag and who filed it when; off where the page already says so. */
  showMeta?: boolean;
}) {
  const byId = new Map(targets.map((target) => [target.id, target]));
  return (
    <article
      className="progress-report"
      data-report-id={report.id}
      aria-label={`${formatPeriod(report.period)}第${report.revision}次填报`}
    >
      {showMeta && (
        <div className="progress-report-meta">
          <ReportStateTag state={report.state} />
          <span>
            {report.unitName} {report.submittedByName} 于 {formatDateTime(report.submittedAt)} 提交
          </span>
        </div>
      )}
      {report.values.length > 0 && (
        <ul className="progress-report-values">
          {report.values.map((value) => {
            const target = byId.get(value.targetId);
            return (
              <li key={value.targetId}>
                {target?.metric ?? "已删除的指标"}：
                <strong>{formatValue(value.value, target?.unit ?? "")}</strong>
              </li>
            );
          })}
        </ul>
      )}
      <p className="progress-report-narrative">{report.narrative}</p>
      {report.evidence.length > 0 && (
        <ul className="evidence-list" aria-label="佐证材料">
          {report.evidence.map((file) => (
            <li key={file.id}>
              <a href={evidenceUrl(file.id)} download={file.name}>
                <PaperClipOutlined aria-hidden="true" /> {file.name}
              </a>
              <span className="evidence-size">（{formatSize(file.size)}）</span>
            </li>
          ))}
        </ul>
      )}
      {report.reviewedAt && (
        <div className={`progress-report-review progress-report-review-${report.state}`}>
          <strong>{report.state === "returned" ? "退回原因" : "审核意见"}：</strong>
          {report.reviewComment || "无"}
          <span className="progress-report-review-time">（{formatDateTime(report.reviewedAt)}）</span>
        </div>
      )}
    </article>
  );
}

/** `2048` → `2.0 KB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
