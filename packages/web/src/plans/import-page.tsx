// 导入报告: read a report in the browser, check what the reader found against the text, then upload
// it so the server creates the plan and its draft ledger; the page then links to that ledger and to
// the new plan's 报告体检. A refusal from the server is shown in its own words beside the file.
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Descriptions, Space } from "antd";
import { type MouseEvent, useState } from "react";
import { useNavigate } from "react-router";
import type { PlanSummary } from "../api/api-types.js";
import { ApiError } from "../api/http-client.js";
import { useApi } from "../app/api-context.js";
import { FilePicker } from "../components/file-picker.js";
import { PageHeader } from "../components/page-header.js";
import { userMessageOf } from "../components/states.js";
import { ACCEPTED_EXTENSIONS, type ReportFileResult, readReportFile } from "./read-report-file.js";
import { ReportWorkspace } from "./report-workspace.js";
import "./import.css";

interface ChosenReport {
  file: File;
  result: ReportFileResult;
}

export function ImportPage() {
  const api = useApi();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<ChosenReport | null>(null);
  const [reading, setReading] = useState(false);

  const upload = useMutation({
    meta: { showsOwnError: true },
    mutationFn: (file: File) => api.plans.create(file),
    onSuccess: ({ plan }) => message.success(`已导入“${plan.title}”，任务台账草稿已生成`),
  });

  const choose = async (file: File) => {
    setReading(true);
    upload.reset();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setChosen({ file, result: readReportFile(file.name, bytes) });
    } catch {
      message.error(`无法读取“${file.name}”，请确认文件未被占用后重试`);
    } finally {
      setReading(false);
    }
  };

  const result = chosen?.result;

  return (
    <>
      <PageHeader title="导入报告">
        选择政府工作报告文件（{ACCEPTED_EXTENSIONS.join(" 或 ")}，UTF-8 或 GB18030
        编码），先在本机查看识别结果，确认后导入。
      </PageHeader>
      <div className="import-picker">
        <FilePicker
          label={chosen ? "重新选择报告文件" : "选择报告文件"}
          accept={`${ACCEPTED_EXTENSIONS.join(",")},text/markdown,text/plain`}
          onFile={choose}
          disabled={reading || upload.isPending}
        />
        {chosen && <span className="import-file-name">{chosen.file.name}</span>}
        {chosen && result?.ok && !upload.isSuccess && (
          <Button type="primary" onClick={() => upload.mutate(chosen.file)} loading={upload.isPending}>
            导入并生成任务台账
          </Button>
        )}
      </div>
      {result && !result.ok && (
        <Alert type="error" showIcon title="无法读取该文件" description={result.error.message} role="alert" />
      )}
      {upload.isSuccess && <ImportedPlan plan={upload.data.plan} />}
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          title="服务器未接受该报告"
          description={
            <>
              {userMessageOf(upload.error)}
              {upload.error instanceof ApiError && (
                <span className="error-code">（错误代码：{upload.error.code}）</span>
              )}
            </>
          }
          role="alert"
          className="import-upload-error"
        />
      )}
      {chosen && result?.ok && (
        <>
          <ReadingSummary result={result} />
          {/* Keyed by file so that a newly chosen report starts with no task selected. */}
          <ReportWorkspace
            key={chosen.file.name + chosen.file.lastModified}
            text={result.text}
            reading={result.reading}
          />
        </>
      )}
    </>
  );
}

/** Where to go from a plan just imported: its draft ledger, or its 报告体检 first. */
function ImportedPlan({ plan }: { plan: PlanSummary }) {
  const navigate = useNavigate();
  const go = (to: string) => (event: MouseEvent) => {
    event.preventDefault();
    navigate(to);
  };
  const ledger = `/tasks?planId=${encodeURIComponent(plan.id)}`;
  const checkup = `/plans/checkup?planId=${encodeURIComponent(plan.id)}`;
  return (
    <Alert
      type="success"
      showIcon
      className="import-done"
      role="status"
      title={`已导入“${plan.title}”，任务台账草稿已生成（共 ${plan.itemCount} 项任务）`}
      description="请在任务台账中核对任务、分配牵头单位后发布；也可先做报告体检，查看报告中前后不一致或表述不清的地方。"
      action={
        <Space wrap>
          <Button type="primary" href={ledger} onClick={go(ledger)}>
            打开任务台账
          </Button>
          <Button href={checkup} onClick={go(checkup)}>
            报告体检
          </Button>
        </Space>
      }
    />
  );
}

const ENCODING_NAMES = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  gb18030: "GB18030",
} as const;

function ReadingSummary({ result }: { result: Extract<ReportFileResult, { ok: true }> }) {
  const { report, facts, tasks, issues } = result.reading;
  const actual = facts.filter((fact) => fact.status === "actual").length;
  return (
    <div className="import-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: "title", label: "标题", children: report.title ?? "未识别" },
          { key: "place", label: "地区", children: report.place ?? "未识别" },
          { key: "year", label: "年度", children: report.year ? `${report.year}年` : "未识别" },
          { key: "length", label: "篇幅", children: `${result.text.length.toLocaleString("zh-CN")} 个字符` },
          { key: "encoding", label: "编码", children: ENCODING_NAMES[result.encoding] },
          {
            key: "found",
            label: "识别结果",
            children: `实绩 ${actual} 处，目标 ${facts.length - actual} 处，任务 ${tasks.length} 项`,
          },
        ]}
      />
      {issues.map((issue) => (
        <Alert
          key={`${issue.code}-${issue.source?.start ?? ""}`}
          type={issue.severity === "error" ? "error" : issue.severity === "warning" ? "warning" : "info"}
          showIcon
          title={issue.message}
          className="import-issue"
        />
      ))}
    </div>
  );
}
