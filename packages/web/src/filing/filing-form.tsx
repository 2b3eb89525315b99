// One task's filing form: values per target, the narrative and evidence files, for a period the
// plan's calendar allows. Drafts, evidence files included, are kept on the server; a returned report
// starts the form again.
import { DeleteOutlined, PaperClipOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from "antd";
import { useState } from "react";
import type { EvidenceFile, ItemDetail, ProgressDraft } from "../api/api-types.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { FilePicker } from "../components/file-picker.js";
import { formatDateTime, formatPeriod } from "../format/dates.js";
import { formatSize } from "../tasks/progress-history.js";
import { describeGoal, formatValue } from "../tasks/target-words.js";
import {
  canFile,
  enteredValues,
  type FilingFormValues,
  type FilingStatus,
  filingStatus,
  initialFilingValues,
  latestReportFor,
} from "./filing-state.js";

const EVIDENCE_ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.zip,.rar,.7z";

export function FilingForm({ item, draft }: { item: ItemDetail; draft: ProgressDraft }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const returned = (() => {
    const latest = latestReportFor(item.progressReports, draft.period);
    return latest?.state === "returned" ? latest : null;
  })();
  const start = initialFilingValues(draft, returned);
  const [form] = Form.useForm<FilingFormValues>();
  const [evidence, setEvidence] = useState<EvidenceFile[]>(start.evidence);
  const period = Form.useWatch("period", form) ?? draft.period;
  const status = filingStatus(period, item.progressReports, draft);
  const targetIds = item.targets.map((target) => target.id);
  const lastValues = new Map(draft.lastValues.map((entry) => [entry.targetId, entry]));

  const upload = useMutation({
    mutationFn: (file: File) => api.progress.uploadEvidence(file),
    onSuccess: (file) => {
      setEvidence((previous) => [...previous, file]);
      message.success(`已上传“${file.name}”`);
    },
  });
  const saveDraft = useMutation({
    mutationFn: (values: FilingFormValues) =>
      api.progress.saveDraft(item.id, {
        period: values.period,
        narrative: values.narrative ?? "",
        values: enteredValues(targetIds, values.values ?? {}),
        evidenceIds: evidence.map((file) => file.id),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.draft(item.id), saved);
      message.success("草稿已保存，下次打开时会自动填入");
    },
  });
  const submit = useMutation({
    mutationFn: (values: FilingFormValues) =>
      api.progress.submit(item.id, {
        period: values.period,
        narrative: values.narrative.trim(),
        values: enteredValues(targetIds, values.values ?? {}),
        evidenceIds: evidence.map((file) => file.id),
      }),
    onSuccess: async ({ report }) => {
      message.success(`${formatPeriod(report.period)}的进展已提交，等待督查室审核`);
      await refreshTracking(queryClient);
    },
  });
  const busy = saveDraft.isPending || submit.isPending;

  return (
    <Form<FilingFormValues>
      form={form}
      layout="vertical"
      className="filing-form"
      initialValues={start.values}
      onFinish={(values) => submit.mutate(values)}
      disabled={busy}
      aria-label={`填报“${item.title}”`}
    >
      <PeriodNotice status={status} />
      <Form.Item label="填报期间" name="period" rules={[{ required: true, message: "请选择填报期间" }]}>
        <Select
          style={{ width: 240 }}
          options={draft.periods.map((entry) => ({ value: entry, label: formatPeriod(entry) }))}
        />
      </Form.Item>
      {item.targets.length > 0 && (
        <fieldset className="form-fieldset">
          <legend>指标完成情况（截至本期末的累计数或当前水平）</legend>
          {item.targets.map((target) => {
            const last = lastValues.get(target.id);
            return (
              <Form.Item
                key={target.id}
                label={`${target.metric}（目标：${describeGoal(target)}）`}
                name={["values", target.id]}
                extra={
                  last?.value !== null && last?.value !== undefined
                    ? `上次填报：${formatValue(last.value, target.unit)}${last.period ? `（${formatPeriod(last.period)}）` : ""}`
                    : "此前未填报"
                }
              >
                <InputNumber style={{ width: 240 }} suffix={target.unit || undefined} />
              </Form.Item>
            );
          })}
        </fieldset>
      )}
      <Form.Item
        label="进展情况"
        name="narrative"
        rules={[{ required: true, whitespace: true, message: "请填写进展情况" }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={20000}
          showCount
          placeholder="本期完成的工作、取得的成效、存在的问题和下一步措施"
        />
      </Form.Item>
      <div className="filing-evidence">
        <span className="filing-evidence-label" id={`evidence-${item.id}`}>
          佐证材料
        </span>
        <FilePicker
          label="上传佐证材料"
          accept={EVIDENCE_ACCEPT}
          onFile={(file) => upload.mutate(file)}
          disabled={busy || upload.isPending}
        />
        <span className="ledger-muted">
          PDF、图片（PNG、JPG）、Word、Excel、PPT、文本或 ZIP 压缩包，每个不超过 10 MB
        </span>
        {evidence.length > 0 && (
          <ul className="evidence-list filing-evidence-list" aria-labelledby={`evidence-${item.id}`}>
            {evidence.map((file) => (
              <li key={file.id}>
                <PaperClipOutlined aria-hidden="true" /> {file.name}
                <span className="evidence-size">（{formatSize(file.size)}）</span>
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={`移除“${file.name}”`}
                  onClick={() => setEvidence((previous) => previous.filter((entry) => entry.id !== file.id))}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <Space wrap>
        <Button
          onClick={() => saveDraft.mutate(form.getFieldsValue(true) as FilingFormValues)}
          loading={saveDraft.isPending}
        >
          保存草稿
        </Button>
        <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={!canFile(status)}>
          提交审核
        </Button>
        {draft.savedAt && <span className="ledger-muted">草稿保存于 {formatDateTime(draft.savedAt)}</span>}
      </Space>
    </Form>
  );
}

function PeriodNotice({ status }: { status: FilingStatus }) {
  const period = formatPeriod(status.period);
  const latest = status.latest;
  if (status.step === "returned" && latest)
    return (
      <Alert
        type="error"
        showIcon
        className="filing-notice"
        role="alert"
        title={`${period}的进展（第 ${latest.revision} 次填报）被退回，请修改后重新提交`}
        description={
          <>
            退回原因：{latest.reviewComment || "未写明"}
            {latest.reviewedAt && `（${formatDateTime(latest.reviewedAt)}）`}
          </>
        }
      />
    );
  if (status.step === "submitted" && latest)
    return (
      <Alert
        type="info"
        showIcon
        className="filing-notice"
        title={`${period}的进展已于 ${formatDateTime(latest.submittedAt)} 提交，正在等待督查室审核`}
        description="审核前不能重复提交本期；可选择其他期间填报。"
      />
    );
  if (status.step === "accepted")
    return (
      <Alert
        type="success"
        showIcon
        className="filing-notice"
        title={`${period}的进展已审核通过`}
        description="如需补报其他期间，请在下方选择期间。"
      />
    );
  return null;
}
