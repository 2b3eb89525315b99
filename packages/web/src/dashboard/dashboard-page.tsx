// 驾驶舱 (leaders): where the plan stands today, which areas and units are behind, how completion
// moved month by month, and the seriously lagging tasks. Every figure leads to the tasks behind it.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Progress, Row, Select, Table, type TableColumnsType } from "antd";
import { lazy, Suspense, useCallback, useId } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { Dashboard, ItemStatus, LaggingItem, UnitRank } from "../api/api-types.js";
import { useApi } from "../app/api-context.js";
import { CompletionBar } from "../components/completion-bar.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { StatusLight } from "../components/status-light.js";
import { formatDate, formatPeriod } from "../format/dates.js";
import { lookOfStatus } from "../status/item-status.js";
import { type LedgerFilter, ledgerLink, taskLink } from "./ledger-link.js";
import "./dashboard.css";

const CompletionBarChart = lazy(() =>
  import("../charts/completion-bar-chart.js").then((m) => ({ default: m.CompletionBarChart })),
);
const TrendLineChart = lazy(() =>
  import("../charts/trend-line-chart.js").then((m) => ({ default: m.TrendLineChart })),
);

export function DashboardPage() {
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const chosenPlanId = search.get("planId");
  const pickerId = useId();
  const plans = useQuery({ queryKey: ["plans"], queryFn: () => api.plans.list() });
  const published = (plans.data ?? []).filter((plan) => plan.state === "published");
  const dashboard = useQuery({
    queryKey: ["dashboard", chosenPlanId],
    queryFn: () => api.dashboard.get(chosenPlanId ?? undefined),
  });

  const plan = dashboard.data?.plan ?? null;
  const planPicker = published.length > 1 && plan && (
    <span className="dashboard-plan-picker">
      <label htmlFor={pickerId}>计划</label>
      <Select
        id={pickerId}
        value={plan.id}
        style={{ minWidth: 280 }}
        options={published.map((entry) => ({ value: entry.id, label: entry.title }))}
        onChange={(planId: string) => setSearch({ planId })}
      />
    </span>
  );
  const header = (
    <PageHeader title="驾驶舱" extra={planPicker}>
      {plan && `${plan.title}（第 ${plan.version} 版）`}
    </PageHeader>
  );

  if (dashboard.isPending)
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  if (dashboard.isError)
    return (
      <>
        {header}
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      </>
    );
  if (!plan)
    return (
      <>
        {header}
        <EmptyState description="还没有已发布的计划。督查室导入政府工作报告并发布任务台账后，这里显示落实情况。" />
      </>
    );
  return (
    <>
      {header}
      <DashboardBody view={dashboard.data} planId={plan.id} />
    </>
  );
}

function DashboardBody({ view, planId }: { view: Dashboard; planId: string }) {
  const navigate = useNavigate();
  const toTasks = useCallback(
    (filter: LedgerFilter = {}) => navigate(ledgerLink(planId, filter)),
    [navigate, planId],
  );
  const units = view.byUnit.filter((unit) => unit.unitId !== null);
  const chartFallback = <PageLoading tip="正在绘制图表…" />;

  return (
    <div className="dashboard">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} xl={6}>
          <Card title="总体完成进度" className="dashboard-card">
            <OverallGauge view={view} />
          </Card>
        </Col>
        <Col xs={24} md={16} xl={18}>
          <Card
            title="任务状态"
            className="dashboard-card"
            extra={<Link to={ledgerLink(planId)}>全部任务</Link>}
          >
            <StatusTiles view={view} planId={planId} />
          </Card>
        </Col>

        <Col xs={24} xl={12}>
          <Card title="各领域完成情况" extra={<ChartHint />}>
            <Suspense fallback={chartFallback}>
              <CompletionBarChart
                title="各领域完成情况"
                groups={view.byArea}
                onSelect={(index) => {
                  const area = view.byArea[index];
                  if (area) toTasks({ area: area.area });
                }}
              />
            </Suspense>
            <ChartLinks
              label="各领域的任务"
              links={view.byArea.map((area) => ({
                key: area.area,
                text: `${area.name}：完成 ${area.completion}%，序时进度 ${area.expected}%，${area.count} 项任务`,
                to: ledgerLink(planId, { area: area.area }),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="各单位完成情况（牵头）" extra={<ChartHint />}>
            <Suspense fallback={chartFallback}>
              <CompletionBarChart
                title="各单位完成情况"
                groups={units}
                onSelect={(index) => {
                  const unitId = units[index]?.unitId;
                  if (unitId) toTasks({ unitId });
                }}
              />
            </Suspense>
            <ChartLinks
              label="各单位的任务"
              links={units.map((unit) => ({
                key: unit.unitId ?? unit.name,
                text: `${unit.unitName}：完成 ${unit.completion}%，序时进度 ${unit.expected}%，${unit.count} 项任务`,
                to: ledgerLink(planId, { unitId: unit.unitId ?? undefined }),
              }))}
            />
          </Card>
        </Col>

        <Col xs={24} xl={12}>
          <Card title="单位排名" className="dashboard-ranking">
            <UnitRanking ranking={view.ranking} planId={planId} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="总体完成进度月度走势" extra={<ChartHint />}>
            {view.trend.length === 0 ? (
              <EmptyState description="计划年度的第一个填报期结束后显示走势" />
            ) : (
              <Suspense fallback={chartFallback}>
                <TrendLineChart title="总体完成进度月度走势" points={view.trend} onSelect={() => toTasks()} />
              </Suspense>
            )}
            {view.trend.length > 0 && (
              <p className="dashboard-note">
                截至 {formatPeriod(view.trend[view.trend.length - 1]!.period)}末，按已审核通过的填报数据计算。
              </p>
            )}
          </Card>
        </Col>

        <Col span={24}>
          <Card
            title={`严重滞后和逾期任务（${view.seriouslyLagging.length} 项）`}
            extra={
              view.seriouslyLagging.length > 0 && (
                <Link to={ledgerLink(planId, { status: "seriously_lagging" })}>在任务台账中查看</Link>
              )
            }
          >
            <LaggingTable items={view.seriouslyLagging} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function OverallGauge({ view }: { view: Dashboard }) {
  const { completion, expected, count } = view.overall;
  const behind = completion < expected;
  return (
    <div className="dashboard-gauge">
      <Progress
        type="dashboard"
        percent={Math.min(100, completion)}
        format={() => `${completion}%`}
        strokeColor={behind ? lookOfStatus("lagging").colour : lookOfStatus("on_track").colour}
        aria-label={`总体完成进度 ${completion}%`}
      />
      <dl className="dashboard-gauge-facts">
        <div>
          <dt>序时进度</dt>
          <dd>{expected}%</dd>
        </div>
        <div>
          <dt>任务</dt>
          <dd>{count} 项</dd>
        </div>
        <div className="dashboard-gauge-gap">
          <dt>对比序时</dt>
          <dd>{behind ? `落后 ${round1(expected - completion)} 个百分点` : "达到序时进度"}</dd>
        </div>
      </dl>
    </div>
  );
}

function StatusTiles({ view, planId }: { view: Dashboard; planId: string }) {
  const total = view.overall.count;
  return (
    <ul className="status-tiles">
      {view.byStatus.map(({ status, count }) => (
        <li key={status}>
          <Link
            to={ledgerLink(planId, { status })}
            className="status-tile"
            data-status={status}
            aria-label={`${lookOfStatus(status).label} ${count} 项，查看这些任务`}
          >
            <StatusLight status={status} />
            <span className="status-tile-count" style={{ color: lookOfStatus(status).colour }}>
              {count}
              <small> 项</small>
            </span>
            <span className="status-tile-share">
              {total > 0 ? `占 ${Math.round((count / total) * 100)}%` : "—"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function UnitRanking({ ranking, planId }: { ranking: UnitRank[]; planId: string }) {
  const columns: TableColumnsType<UnitRank> = [
    { title: "名次", dataIndex: "rank", width: 64, align: "center" },
    {
      title: "牵头单位",
      dataIndex: "unitName",
      ellipsis: true,
      render: (name: string, row) =>
        row.unitId ? <Link to={ledgerLink(planId, { unitId: row.unitId })}>{name}</Link> : name,
    },
    {
      title: "任务",
      dataIndex: "count",
      width: 72,
      align: "right",
      render: (count: number) => `${count} 项`,
    },
    {
      title: "完成进度",
      key: "completion",
      width: 220,
      render: (_, row) => <CompletionBar completion={row.completion} expected={row.expected} />,
    },
  ];
  return (
    <Table<UnitRank>
      size="small"
      rowKey={(row) => row.unitId ?? row.unitName}
      columns={columns}
      dataSource={ranking}
      pagination={ranking.length > 10 ? { pageSize: 10, size: "small", showSizeChanger: false } : false}
      locale={{ emptyText: "还没有分配牵头单位的任务" }}
    />
  );
}

function LaggingTable({ items }: { items: LaggingItem[] }) {
  const columns: TableColumnsType<LaggingItem> = [
    {
      title: "任务",
      dataIndex: "title",
      width: 240,
      // The area goes under the title rather than in a column of its own, leaving the reason room.
      render: (title: string, row) => (
        <>
          <Link to={taskLink(row.id)}>{title}</Link>
          {row.area && <div className="dashboard-lagging-area">{row.area}</div>}
        </>
      ),
    },
    {
      title: "牵头单位",
      key: "leadUnit",
      width: 130,
      ellipsis: true,
      render: (_, row) => row.leadUnit?.name ?? "未分配",
    },
    {
      title: "状态",
      dataIndex: "status",
      width: 100,
      render: (status: ItemStatus) => <StatusLight status={status} />,
    },
    {
      title: "完成进度",
      key: "completion",
      width: 170,
      render: (_, row) => <CompletionBar completion={row.completion} expected={row.expected} />,
    },
    { title: "原因", dataIndex: "statusReason" },
    { title: "完成时限", dataIndex: "deadline", width: 136, render: (date: string) => formatDate(date) },
  ];
  return (
    <Table<LaggingItem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      scroll={{ x: 1000 }}
      pagination={items.length > 10 ? { pageSize: 10, size: "small", showSizeChanger: false } : false}
      locale={{ emptyText: "没有严重滞后或逾期的任务" }}
    />
  );
}

function ChartHint() {
  return <span className="dashboard-hint">点击图形查看对应任务</span>;
}

/** The charts' click-throughs for keyboard and screen-reader users: hidden until tabbed into. */
function ChartLinks({ label, links }: { label: string; links: { key: string; text: string; to: string }[] }) {
  return (
    <nav className="chart-links" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <Link to={link.to}>{link.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
