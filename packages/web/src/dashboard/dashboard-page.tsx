// 驾驶舱: overall completion, counts by status and completion by area and unit for the newest plan.
// Wired to the API; the click-throughs and the remaining panels come with the server round.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic } from "antd";
import { useNavigate } from "react-router";
import { useApi } from "../app/api-context.js";
import { CompletionBarChart } from "../charts/completion-bar-chart.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { StatusLight } from "../components/status-light.js";

export function DashboardPage() {
  const api = useApi();
  const navigate = useNavigate();
  const plans = useQuery({ queryKey: ["plans"], queryFn: () => api.plans.list() });
  const plan = plans.data?.find((entry) => entry.state === "published") ?? plans.data?.[0];
  const dashboard = useQuery({
    queryKey: ["dashboard", plan?.id],
    queryFn: () => api.dashboard.get(plan!.id),
    enabled: plan !== undefined,
  });

  const header = <PageHeader title="驾驶舱">{plan && `${plan.title}（第 ${plan.version} 版）`}</PageHeader>;
  if (plans.isPending || (plan && dashboard.isPending))
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
  if (!plan)
    return (
      <>
        {header}
        <EmptyState description="还没有导入政府工作报告" />
      </>
    );
  if (dashboard.isError || !dashboard.data)
    return (
      <>
        {header}
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      </>
    );

  const data = dashboard.data;
  const toTasks = (query: string) => navigate(`/tasks?planId=${encodeURIComponent(plan.id)}&${query}`);
  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title="总体完成进度" value={data.overall.completion} suffix="%" />
            <p>
              序时进度 {data.overall.expected}%，共 {data.overall.count} 项任务
            </p>
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card title="任务状态">
            <Row gutter={16}>
              {data.byStatus.map((entry) => (
                <Col key={entry.status}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => toTasks(`status=${entry.status}`)}
                  >
                    <StatusLight status={entry.status} /> {entry.count} 项
                  </button>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="各领域完成情况">
            <CompletionBarChart
              title="各领域完成情况"
              groups={data.byArea}
              onSelect={(area) => toTasks(`area=${encodeURIComponent(area)}`)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="各单位完成情况">
            <CompletionBarChart
              title="各单位完成情况"
              groups={data.byUnit}
              onSelect={(unit) => toTasks(`unit=${encodeURIComponent(unit)}`)}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
