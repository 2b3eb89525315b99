// 审核: the office's queue of submitted progress reports (oldest first), accepted and returned ones
// for reference, and 催办 to late units.
import { useQuery } from "@tanstack/react-query";
import { Button, Table, Tabs } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { ProgressReport, ReportState } from "../api/api-types.js";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { PageHeader } from "../components/page-header.js";
import { ErrorState } from "../components/states.js";
import { formatDateTime, formatPeriod } from "../format/dates.js";
import { RemindersPanel } from "./reminders-panel.js";
import { ReportStateTag } from "./report-state.js";
import { ReviewDrawer } from "./review-drawer.js";
import "../tasks/tasks.css";
import "./reviews.css";

type ReviewTab = ReportState | "reminders";
const TABS: ReviewTab[] = ["submitted", "returned", "accepted", "reminders"];

export function ReviewsPage() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as ReviewTab | null;
  const tab: ReviewTab = requested && TABS.includes(requested) ? requested : "submitted";
  const [open, setOpen] = useState<ProgressReport | null>(null);
  const queue = useQuery({
    queryKey: queryKeys.reviews("submitted"),
    queryFn: () => api.progress.reviews("submitted"),
  });

  const reportTab = (state: ReportState, label: string) => ({
    key: state,
    label,
    children: <ReportTable state={state} onOpen={setOpen} />,
  });
  return (
    <>
      <PageHeader title="审核">审核承办单位报送的进展：通过的数值计入任务进度，退回的须写明原因。</PageHeader>
      <div className="reviews-tabs">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === "submitted" ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            reportTab("submitted", `待审核${queue.data ? `（${queue.data.length}）` : ""}`),
            reportTab("returned", "已退回"),
            reportTab("accepted", "已通过"),
            { key: "reminders", label: "催办", children: <RemindersPanel /> },
          ]}
        />
      </div>
      <ReviewDrawer report={open} onClose={() => setOpen(null)} />
    </>
  );
}

function ReportTable({ state, onOpen }: { state: ReportState; onOpen: (report: ProgressReport) => void }) {
  const api = useApi();
  const reports = useQuery({
    queryKey: queryKeys.reviews(state),
    queryFn: () => api.progress.reviews(state),
  });
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => reports.refetch()} />;
  const rows = state === "submitted" ? reports.data : [...(reports.data ?? [])].reverse();
  return (
    <Table<ProgressReport>
      className="reviews-table"
      rowKey="id"
      size="middle"
      loading={reports.isPending}
      dataSource={rows ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 960 }}
      locale={{ emptyText: state === "submitted" ? "没有待审核的进展报告" : "暂无记录" }}
      columns={[
        {
          title: "任务",
          key: "item",
          width: 240,
          render: (_, report) => (
            <Link to={`/tasks/${encodeURIComponent(report.itemId)}`}>{report.itemTitle}</Link>
          ),
        },
        { title: "填报单位", dataIndex: "unitName", key: "unit", width: 150 },
        {
          title: "填报期间",
          key: "period",
          width: 150,
          render: (_, report) => (
            <>
              {formatPeriod(report.period)}
              {report.revision > 1 && <span className="ledger-muted">（第 {report.revision} 次）</span>}
            </>
          ),
        },
        { title: "提交人", dataIndex: "submittedByName", key: "by", width: 150 },
        {
          title: "提交时间",
          key: "at",
          width: 170,
          render: (_, report) => formatDateTime(report.submittedAt),
        },
        {
          title: "佐证",
          key: "evidence",
          width: 70,
          render: (_, report) => (report.evidence.length > 0 ? `${report.evidence.length} 个` : "无"),
        },
        ...(state === "submitted"
          ? []
          : [
              {
                title: "结果",
                key: "state",
                width: 100,
                render: (_: unknown, report: ProgressReport) => <ReportStateTag state={report.state} />,
              },
            ]),
        {
          title: "操作",
          key: "actions",
          width: 80,
          fixed: "end" as const,
          render: (_, report) => (
            <Button
              type={state === "submitted" ? "primary" : "link"}
              size="small"
              onClick={() => onOpen(report)}
              aria-label={`${state === "submitted" ? "审核" : "查看"}“${report.itemTitle}”${formatPeriod(report.period)}的进展`}
            >
              {state === "submitted" ? "审核" : "查看"}
            </Button>
          ),
        },
      ]}
    />
  );
}
