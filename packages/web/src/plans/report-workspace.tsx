import type { ReadReportResult, SourceSpan, Task } from "@luoshi/report";
import { Col, Row } from "antd";
import { useMemo, useRef, useState } from "react";
import { ReportViewer, type ReportViewerHandle } from "../report-viewer/report-viewer.js";
import { DraftLedger } from "./draft-ledger.js";

/** The report text beside its draft ledger: a task shows its sentences, a target its fact. */
export function ReportWorkspace({ text, reading }: { text: string; reading: ReadReportResult }) {
  const viewer = useRef<ReportViewerHandle>(null);
  const [selectedTask, setSelectedTask] = useState<Task | null>(null);
  const shaded: readonly SourceSpan[] = useMemo(() => selectedTask?.sentences ?? [], [selectedTask]);
  const selectTask = (task: Task) => {
    setSelectedTask(task);
    viewer.current?.showSpan(task.source);
  };
  return (
    <Row gutter={16} className="import-workspace">
      <Col xs={24} xl={14}>
        <ReportViewer ref={viewer} text={text} facts={reading.facts} shaded={shaded} />
      </Col>
      <Col xs={24} xl={10}>
        <DraftLedger
          reading={reading}
          selectedTaskId={selectedTask?.id ?? null}
          onSelectTask={selectTask}
          onShowFact={(id) => viewer.current?.showFact(id)}
        />
      </Col>
    </Row>
  );
}
