// 填报: a department's home. Only its unit's tasks; for each task it leads, the period due, its
// state (to file, draft, waiting for review, returned with the reviewer's comment, accepted) and
// one form; tasks it only supports are listed for reading. Reminders (催办) to the unit on top.
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Row, Tag } from "antd";
import { Link, useSearchParams } from "react-router";
import type { ItemDetail, ItemSummary, ProgressDraft, Reminder } from "../api/api-types.js";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { useSession } from "../auth/session.js";
import { Entry, EntryList } from "../components/entry-list.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { StatusLight } from "../components/status-light.js";
import { formatDate, formatDateTime, formatPeriod } from "../format/dates.js";
import { REMINDER_KIND_WORDS } from "../reviews/reminder-words.js";
import { ProgressHistory } from "../tasks/progress-history.js";
import { FilingForm } from "./filing-form.js";
import { FILING_STEP_WORDS, type FilingStatus, filingStatus } from "./filing-state.js";
import "../tasks/tasks.css";
import "./filing.css";

const STEP_COLOURS: Record<FilingStatus["step"], string> = {
  to_file: "warning",
  draft_saved: "gold",
  submitted: "processing",
  returned: "error",
  accepted: "success",
};

export function FilingPage() {
  const api = useApi();
  const user = useSession().data?.user;
  const [params, setParams] = useSearchParams();
  const items = useQuery({ queryKey: queryKeys.items({}), queryFn: () => api.items.list() });
  const reminders = useQuery({ queryKey: queryKeys.reminders, queryFn: () => api.reminders.list() });
  const led = (items.data ?? []).filter((item) => item.leadUnit?.id === user?.unitId);
  const supported = (items.data ?? []).filter((item) => item.leadUnit?.id !== user?.unitId);
  const drafts = useQueries({
    queries: led.map((item) => ({
      queryKey: queryKeys.draft(item.id),
      queryFn: () => api.progress.draft(item.id),
    })),
  });
  const details = useQueries({
    queries: led.map((item) => ({
      queryKey: queryKeys.item(item.id),
      queryFn: () => api.items.get(item.id),
    })),
  });

  const header = (summary?: string) => (
    <PageHeader title="填报">
      {user?.unitName ?? ""}
      {summary ? `：${summary}` : ""}
    </PageHeader>
  );
  if (items.isPending)
    return (
      <>
        {header()}
        <PageLoading />
      </>
    );
  if (items.isError)
    return (
      <>
        {header()}
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      </>
    );

  const rows = led.map((item, index) => {
    const draft = drafts[index]?.data;
    const detail = details[index]?.data;
    const status = draft && detail ? filingStatus(draft.period, detail.progressReports, draft) : null;
    return { item, draft, detail, status, failed: drafts[index]?.error ?? details[index]?.error ?? null };
  });
  const selectedId = params.get("itemId") ?? led[0]?.id ?? null;
  const selected = rows.find((row) => row.item.id === selectedId) ?? null;
  const count = (steps: FilingStatus["step"][]) =>
    rows.filter((row) => row.status && steps.includes(row.status.step)).length;
  const summary =
    led.length === 0
      ? "暂无牵头任务"
      : `牵头任务 ${led.length} 项，待填报 ${count(["to_file", "draft_saved"])} 项，被退回 ${count(["returned"])} 项，待审核 ${count(["submitted"])} 项`;

  return (
    <>
      {header(summary)}
      <RecentReminders reminders={reminders.data ?? []} />
      {items.data.length === 0 ? (
        <EmptyState description="本单位暂无已发布的任务。督查室发布分解方案后，本单位的任务会出现在这里。" />
      ) : (
        <Row gutter={16} className="filing-layout">
          <Col xs={24} lg={8}>
            <Card title="本单位牵头的任务" size="small" className="filing-list">
              {led.length === 0 ? (
                <EmptyState description="本单位没有牵头任务" />
              ) : (
                <ul className="entry-list filing-entries" aria-label="本单位牵头的任务">
                  {rows.map((row) => (
                    <li
                      key={row.item.id}
                      className={
                        row.item.id === selectedId ? "filing-entry filing-entry-selected" : "filing-entry"
                      }
                    >
                      <button
                        type="button"
                        className="link-button filing-entry-button"
                        aria-current={row.item.id === selectedId ? "true" : undefined}
                        onClick={() => setParams({ itemId: row.item.id }, { replace: true })}
                      >
                        <span className="filing-entry-title">{row.item.title}</span>
                        <span className="filing-entry-meta">
                          <StatusLight status={row.item.status} />
                          {row.status && (
                            <Tag color={STEP_COLOURS[row.status.step]} data-filing-step={row.status.step}>
                              {formatPeriod(row.status.period)} {FILING_STEP_WORDS[row.status.step]}
                            </Tag>
                          )}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            {supported.length > 0 && (
              <Card title="本单位配合的任务" size="small" className="filing-list">
                <p className="ledger-muted filing-note">配合任务由牵头单位汇总填报，可查看进展。</p>
                <EntryList
                  items={supported}
                  keyOf={(item) => item.id}
                  label="本单位配合的任务"
                  render={(item) => (
                    <Entry title={<Link to={`/tasks/${encodeURIComponent(item.id)}`}>{item.title}</Link>}>
                      牵头：{item.leadUnit?.name ?? "待定"}
                    </Entry>
                  )}
                />
              </Card>
            )}
          </Col>
          <Col xs={24} lg={16}>
            {selected ? (
              <FilingPanel
                item={selected.item}
                draft={selected.draft}
                detail={selected.detail}
                failed={selected.failed}
                reminders={(reminders.data ?? []).filter((reminder) => reminder.itemId === selected.item.id)}
              />
            ) : (
              led.length > 0 && <EmptyState description="请选择左侧的任务" />
            )}
          </Col>
        </Row>
      )}
    </>
  );
}

function FilingPanel({
  item,
  draft,
  detail,
  failed,
  reminders,
}: {
  item: ItemSummary;
  draft: ProgressDraft | undefined;
  detail: ItemDetail | undefined;
  failed: unknown;
  /** 催办 about this task. */
  reminders: Reminder[];
}) {
  const api = useApi();
  return (
    <Card
      className="filing-panel"
      title={item.title}
      extra={<Link to={`/tasks/${encodeURIComponent(item.id)}`}>查看任务详情</Link>}
    >
      <div className="filing-panel-status">
        <StatusLight status={item.status} />
        <span>{item.statusReason}</span>
        <span className="ledger-muted">完成时限：{formatDate(item.deadline)}</span>
      </div>
      {reminders.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="filing-notice filing-task-reminders"
          title={`本任务收到 ${reminders.length} 条催办`}
          description={
            <ul className="filing-reminder-list">
              {reminders.map((reminder) => (
                <li key={reminder.id}>
                  <Tag color={reminder.kind === "manual" ? "orange" : "red"}>
                    {REMINDER_KIND_WORDS[reminder.kind]}
                  </Tag>
                  {reminder.message}
                  <span className="ledger-muted">（{formatDateTime(reminder.createdAt)}）</span>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {failed ? (
        <ErrorState error={failed} />
      ) : !draft || !detail ? (
        <PageLoading />
      ) : (
        <>
          {/* Keyed by what the server says is due, so a filing or a return refills it. */}
          <FilingForm
            key={`${item.id}:${draft.period}:${detail.progressReports.length}`}
            item={detail}
            draft={draft}
          />
          <h3 className="filing-history-title">填报记录</h3>
          <ProgressHistory
            reports={detail.progressReports}
            targets={detail.targets}
            evidenceUrl={api.progress.evidenceUrl}
          />
        </>
      )}
    </Card>
  );
}

function RecentReminders({ reminders }: { reminders: Reminder[] }) {
  if (reminders.length === 0) return null;
  const shown = reminders.slice(0, 3);
  return (
    <Alert
      type="warning"
      showIcon
      className="filing-reminders"
      title={`督查室催办（共 ${reminders.length} 条）`}
      description={
        <ul className="filing-reminder-list">
          {shown.map((reminder) => (
            <li key={reminder.id}>
              <span className="ledger-muted">{formatDateTime(reminder.createdAt)}</span> {reminder.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
