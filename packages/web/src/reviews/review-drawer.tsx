// Reviewing one progress report: what the unit reported against each target's goal and the value
// accepted before, its narrative and evidence, earlier returned revisions; then accept or return
// with a comment (a return must say why).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Space, Table } from "antd";
import { Link } from "react-router";
import type { ItemDetail, ProgressReport, ReviewDecision } from "../api/api-types.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { formatDateTime, formatPeriod } from "../format/dates.js";
import { ProgressReportBody } from "../tasks/progress-history.js";
import { describeGoal, formatValue } from "../tasks/target-words.js";
import { ReportStateTag } from "./report-state.js";

export function ReviewDrawer({ report, onClose }: { report: ProgressReport | null; onClose: () => void }) {
  const api = useApi();
  const item = useQuery({
    queryKey: queryKeys.item(report?.itemId ?? ""),
    queryFn: () => api.items.get(report!.itemId),
    enabled: report !== null,
  });
  return (
    <Drawer
      title={report?.state === "submitted" ? "审核进展报告" : "进展报告"}
      open={report !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      className="review-drawer"
    >
      {report &&
        (item.isPending ? (
          <PageLoading />
        ) : item.isError ? (
          <ErrorState error={item.error} onRetry={() => item.refetch()} />
        ) : (
          <ReviewContent report={report} item={item.data} onDone={onClose} />
        ))}
    </Drawer>
  );
}

function ReviewContent({
  report,
  item,
  onDone,
}: {
  report: ProgressReport;
  item: ItemDetail;
  onDone: () => void;
}) {
  const api = useApi();
  const byId = new Map(item.targets.map((target) => [target.id, target]));
  const reported = new Map(report.values.map((value) => [value.targetId, value.value]));
  const earlier = item.progressReports
    .filter((entry) => entry.period === report.period && entry.revision < report.revision)
    .sort((a, b) => b.revision - a.revision);
  return (
    <div className="review-content">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: "task",
            label: "任务",
            children: <Link to={`/tasks/${encodeURIComponent(item.id)}`}>{item.title}</Link>,
          },
          { key: "unit", label: "填报单位", children: report.unitName },
          {
            key: "period",
            label: "填报期间",
            children: `${formatPeriod(report.period)}（第 ${report.revision} 次填报）`,
          },
          {
            key: "submitted",
            label: "提交",
            children: `${report.submittedByName}，${formatDateTime(report.submittedAt)}`,
          },
          { key: "state", label: "审核状态", children: <ReportStateTag state={report.state} /> },
        ]}
      />
      {item.targets.length > 0 && (
        <Table
          className="review-values"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={item.targets}
          columns={[
            { title: "指标", dataIndex: "metric", key: "metric" },
            { title: "目标", key: "goal", render: (_, target) => describeGoal(target) },
            {
              title: "本次填报",
              key: "reported",
              render: (_, target) => <strong>{formatValue(reported.get(target.id), target.unit)}</strong>,
            },
            {
              title: "此前认定",
              key: "current",
              render: (_, target) =>
                target.currentValue === null
                  ? "—"
                  : `${formatValue(target.currentValue, target.unit)}${target.currentPeriod ? `（${formatPeriod(target.currentPeriod)}）` : ""}`,
            },
          ]}
        />
      )}
      {report.values.some((value) => !byId.has(value.targetId)) && (
        <Alert type="warning" showIcon title="报告中有指标已从任务中删除，其数值不会计入" />
      )}
      <section aria-label="进展情况">
        <h3 className="review-heading">进展情况</h3>
        <ProgressReportBody
          report={{ ...report, values: [] }}
          targets={item.targets}
          evidenceUrl={api.progress.evidenceUrl}
          showMeta={false}
        />
      </section>
      {earlier.length > 0 && (
        <details className="review-earlier">
          <summary>本期此前的填报（{earlier.length} 次）</summary>
          {earlier.map((entry) => (
            <ProgressReportBody
              key={entry.id}
              report={entry}
              targets={item.targets}
              evidenceUrl={api.progress.evidenceUrl}
            />
          ))}
        </details>
      )}
      {report.state === "submitted" && <DecisionForm report={report} onDone={onDone} />}
    </div>
  );
}

function DecisionForm({ report, onDone }: { report: ProgressReport; onDone: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const decide = useMutation({
    mutationFn: (decision: ReviewDecision) => api.progress.review(report.id, decision),
    onSuccess: async (reviewed) => {
      message.success(
        reviewed.state === "accepted"
          ? `已通过${reviewed.unitName}${formatPeriod(reviewed.period)}的进展，数值已计入任务进度`
          : `已退回，${reviewed.unitName}会看到退回原因`,
      );
      onDone();
      await refreshTracking(queryClient);
    },
  });
  const accept = () =>
    decide.mutate({ decision: "accept", comment: form.getFieldValue("comment")?.trim() ?? "" });
  const giveBack = () =>
    form.validateFields().then(
      ({ comment }) => decide.mutate({ decision: "return", comment: comment.trim() }),
      () => undefined,
    );
  return (
    <Form
      form={form}
      layout="vertical"
      className="review-form"
      disabled={decide.isPending}
      requiredMark={false}
    >
      <Form.Item
        label="审核意见"
        name="comment"
        extra="通过时可不填；退回时请写明原因，承办单位会看到。"
        rules={[{ required: true, whitespace: true, message: "退回时请写明退回原因" }]}
      >
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Space>
        <Button
          type="primary"
          onClick={accept}
          loading={decide.isPending && decide.variables?.decision === "accept"}
        >
          审核通过
        </Button>
        <Button
          danger
          onClick={giveBack}
          loading={decide.isPending && decide.variables?.decision === "return"}
        >
          退回
        </Button>
      </Space>
    </Form>
  );
}
