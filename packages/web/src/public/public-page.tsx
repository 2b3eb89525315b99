// 公开 (no login): the plans a government has published and, in each, the tasks it chose to make
// public with their status and its own progress text. Nothing internal is asked for or shown.
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { Card, Table, type TableColumnsType, Typography } from "antd";
import { Link, useParams } from "react-router";
import type { ItemStatus, PublicItem, PublicPlan as PublishedPlan } from "../api/api-types.js";
import { useApi } from "../app/api-context.js";
import { CompletionBar } from "../components/completion-bar.js";
import { Entry, EntryList } from "../components/entry-list.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { StatusLight } from "../components/status-light.js";
import { formatDate } from "../format/dates.js";
import { lookOfStatus } from "../status/item-status.js";
import { countByStatus, groupByArea } from "./public-api.js";
import "./public.css";

export function PublicPage() {
  const { planId } = useParams();
  const api = useApi();
  const plans = useQuery({ queryKey: ["public", "plans"], queryFn: () => api.public.plans() });
  if (!planId) return <PublishedPlans plans={plans} />;
  return <PublicPlan planId={planId} plan={plans.data?.find((entry) => entry.id === planId)} />;
}

function PublishedPlans({ plans }: { plans: UseQueryResult<PublishedPlan[]> }) {
  const header = (
    <PageHeader title="政府工作报告重点任务落实情况">
      政府决定公开的重点任务、落实状态和政府发布的进展说明。
    </PageHeader>
  );
  if (plans.isPending)
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  if (plans.isError)
    return (
      <>
        {header}
        <ErrorState error={plans.error} onRetry={() => plans.refetch()} />
      </>
    );
  return (
    <>
      {header}
      {plans.data.length === 0 ? (
        <EmptyState description="暂无公开的计划" />
      ) : (
        <Card>
          <EntryList
            items={plans.data}
            keyOf={(plan) => plan.id}
            label="公开的计划"
            render={(plan) => (
              <Entry title={<Link to={`/public/${encodeURIComponent(plan.id)}`}>{plan.title}</Link>}>
                {`${plan.orgName} · ${formatDate(plan.publishedAt)}发布`}
              </Entry>
            )}
          />
        </Card>
      )}
    </>
  );
}

function PublicPlan({ planId, plan }: { planId: string; plan: PublishedPlan | undefined }) {
  const api = useApi();
  const items = useQuery({
    queryKey: ["public", "items", planId],
    queryFn: () => api.public.items(planId),
  });
  const header = (
    <PageHeader title={plan?.title ?? "重点任务落实情况"} extra={<Link to="/public">全部公开计划</Link>}>
      {plan && `${plan.orgName} · ${formatDate(plan.publishedAt)}发布`}
    </PageHeader>
  );
  if (items.isPending)
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  if (items.isError)
    return (
      <>
        {header}
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      </>
    );
  if (items.data.length === 0)
    return (
      <>
        {header}
        <EmptyState description="该计划暂无公开的任务" />
      </>
    );
  return (
    <>
      {header}
      <Card className="public-summary">
        <span className="public-summary-total">公开任务 {items.data.length} 项：</span>
        <ul className="public-summary-counts">
          {countByStatus(items.data)
            .filter((entry) => entry.count > 0)
            .map((entry) => (
              <li key={entry.status}>
                <StatusLight status={entry.status} /> {entry.count} 项
              </li>
            ))}
        </ul>
      </Card>
      {groupByArea(items.data).map(([area, group]) => (
        <Card key={area} title={area} className="public-area" aria-label={area}>
          <PublicItemsTable items={group} />
        </Card>
      ))}
    </>
  );
}

function PublicItemsTable({ items }: { items: PublicItem[] }) {
  const columns: TableColumnsType<PublicItem> = [
    { title: "序号", key: "index", width: 64, align: "center", render: (_, _row, index) => index + 1 },
    { title: "重点任务", dataIndex: "title", width: 240 },
    {
      title: "牵头单位",
      dataIndex: "leadUnitName",
      width: 150,
      render: (name: string | null) => name ?? "—",
    },
    { title: "完成时限", dataIndex: "deadline", width: 140, render: (date: string) => formatDate(date) },
    {
      title: "落实状态",
      dataIndex: "status",
      width: 110,
      render: (status: ItemStatus) => <StatusLight status={status} />,
    },
    {
      title: "完成进度",
      dataIndex: "completion",
      width: 170,
      render: (completion: number, row) => (
        <CompletionBar completion={completion} expected={null} colour={lookOfStatus(row.status).colour} />
      ),
    },
    {
      title: "进展情况",
      dataIndex: "progressText",
      render: (text: string) =>
        text.trim() ? (
          <Typography.Paragraph className="public-progress-text">{text}</Typography.Paragraph>
        ) : (
          <span className="public-progress-none">暂无公开的进展说明</span>
        ),
    },
  ];
  return (
    <Table<PublicItem>
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 1180 }}
    />
  );
}
