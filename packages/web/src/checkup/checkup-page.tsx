// 报告体检: the health check run in the browser on an imported plan's text, exactly as stored.
// Findings are listed by severity beside the report; a finding shows its place in the text, and a
// remark in the text shows its finding.
import { type CheckFinding, type CheckSeverity, checkReport } from "@luoshi/report";
import { useQuery } from "@tanstack/react-query";
import { Card, Checkbox, Col, Empty, Row, Select, Tag } from "antd";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useApi } from "../app/api-context.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { type ReportNote, ReportViewer, type ReportViewerHandle } from "../report-viewer/report-viewer.js";
import { CHECK_NAMES, lineFinder, SEVERITIES, SEVERITY_ORDER } from "./finding-words.js";
import "./checkup.css";

export function CheckupPage() {
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const pickerId = useId();
  const plans = useQuery({ queryKey: ["plans"], queryFn: () => api.plans.list() });
  const planId = search.get("planId") ?? plans.data?.[0]?.id ?? null;
  const detail = useQuery({
    queryKey: ["plans", planId, "detail"],
    queryFn: () => api.plans.get(planId!),
    enabled: planId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const picker = plans.data && plans.data.length > 0 && planId && (
    <span className="checkup-plan-picker">
      <label htmlFor={pickerId}>报告</label>
      <Select
        id={pickerId}
        value={planId}
        style={{ minWidth: 300 }}
        options={plans.data.map((plan) => ({
          value: plan.id,
          label: plan.state === "draft" ? `${plan.title}（草稿）` : plan.title,
        }))}
        onChange={(id: string) => setSearch({ planId: id })}
      />
    </span>
  );
  const header = (
    <PageHeader title="报告体检" extra={picker}>
      提交人代会前检查报告文本：他地地名、序号和标题层级、前后矛盾的数据、低于上年实绩的目标、提法不一和标点配对。
    </PageHeader>
  );

  if (plans.isPending || (planId && detail.isPending))
    return (
      <>
        {header}
        <PageLoading tip="正在读取报告…" />
      </>
    );
  if (plans.isError || detail.isError) {
    const failed = plans.isError ? plans : detail;
    return (
      <>
        {header}
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
      </>
    );
  }
  if (!detail.data)
    return (
      <>
        {header}
        <EmptyState description="还没有导入报告。请先在“导入报告”中上传政府工作报告。" />
      </>
    );
  return (
    <>
      {header}
      <CheckupWorkspace key={planId} text={detail.data.text} />
    </>
  );
}

function CheckupWorkspace({ text }: { text: string }) {
  const viewer = useRef<ReportViewerHandle>(null);
  const findings = useMemo(() => checkReport(text).findings, [text]);
  const lineOf = useMemo(() => lineFinder(text), [text]);
  const [shown, setShown] = useState<readonly CheckSeverity[]>(SEVERITY_ORDER);
  const [selected, setSelected] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const visible = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => shown.includes(finding.severity));
  const notes = useMemo<ReportNote[]>(
    () =>
      findings.flatMap((finding, index) =>
        shown.includes(finding.severity)
          ? [
              {
                id: String(index),
                span: finding.source,
                severity: finding.severity,
                label: `${SEVERITIES[finding.severity].label}·${CHECK_NAMES[finding.code]}：${finding.message}`,
              },
            ]
          : [],
      ),
    [findings, shown],
  );
  const counts = SEVERITY_ORDER.map((severity) => ({
    severity,
    count: findings.filter((finding) => finding.severity === severity).length,
  }));

  const select = (index: number) => {
    const finding = findings[index];
    if (!finding) return;
    setSelected(index);
    viewer.current?.showSpan(finding.source);
  };

  // A remark clicked in the text brings its finding into view in the list, scrolling the list only.
  useEffect(() => {
    const list = listRef.current;
    const entry = list?.querySelector<HTMLElement>(`[data-finding-index="${selected}"]`)?.parentElement;
    if (!list || !entry) return;
    const above = entry.offsetTop < list.scrollTop;
    const below = entry.offsetTop + entry.offsetHeight > list.scrollTop + list.clientHeight;
    if (above || below) list.scrollTo({ top: entry.offsetTop - list.clientHeight / 3, behavior: "smooth" });
  }, [selected]);

  if (findings.length === 0)
    return (
      <Card>
        <Empty description="未发现问题：地名、序号、数据和提法均未见异常。" />
      </Card>
    );

  return (
    <Row gutter={16} className="checkup-workspace">
      <Col xs={24} xl={10}>
        <Card
          title={`发现 ${findings.length} 处`}
          className="checkup-findings"
          extra={
            <Checkbox.Group
              aria-label="按严重程度筛选"
              value={[...shown]}
              onChange={(values) => setShown(SEVERITY_ORDER.filter((severity) => values.includes(severity)))}
              options={counts.map(({ severity, count }) => ({
                value: severity,
                label: `${SEVERITIES[severity].label} ${count}`,
              }))}
            />
          }
          styles={{ body: { padding: 0 } }}
        >
          {visible.length === 0 ? (
            <Empty className="checkup-none" description="没有符合筛选条件的问题" />
          ) : (
            <ol className="checkup-list" ref={listRef}>
              {visible.map(({ finding, index }) => (
                <li key={index}>
                  <FindingEntry
                    finding={finding}
                    index={index}
                    line={lineOf(finding.source.start)}
                    quote={text.slice(finding.source.start, finding.source.end)}
                    selected={selected === index}
                    onSelect={() => select(index)}
                  />
                </li>
              ))}
            </ol>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <ReportViewer
          ref={viewer}
          text={text}
          facts={[]}
          notes={notes}
          onNoteClick={(id) => select(Number(id))}
          legend={<NoteLegend />}
        />
      </Col>
    </Row>
  );
}

function FindingEntry({
  finding,
  index,
  line,
  quote,
  selected,
  onSelect,
}: {
  finding: CheckFinding;
  index: number;
  line: number;
  quote: string;
  selected: boolean;
  onSelect: () => void;
}) {
  const look = SEVERITIES[finding.severity];
  return (
    <button
      type="button"
      className={selected ? "checkup-finding checkup-finding-selected" : "checkup-finding"}
      data-finding-index={index}
      data-severity={finding.severity}
      data-code={finding.code}
      aria-current={selected ? "true" : undefined}
      onClick={onSelect}
    >
      <span className="checkup-finding-head">
        <Tag color={look.colour} className="checkup-severity">
          {look.label}
        </Tag>
        <strong>{CHECK_NAMES[finding.code]}</strong>
        <span className="checkup-finding-line">第 {line} 行</span>
      </span>
      <span className="checkup-finding-quote">“{quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}”</span>
      <span className="checkup-finding-message">{finding.message}</span>
    </button>
  );
}

function NoteLegend() {
  return (
    <div className="fact-legend">
      <span className="fact-legend-title">图例：</span>
      {SEVERITY_ORDER.map((severity) => (
        <span key={severity} className="checkup-legend-entry">
          <span className={`mark-note mark-note-${severity} legend-sample`}>
            {SEVERITIES[severity].label}
          </span>
          <span>{SEVERITIES[severity].advice}</span>
        </span>
      ))}
      <span className="fact-legend-count">点击左侧问题定位原文，点击原文中的标记查看问题</span>
    </div>
  );
}
