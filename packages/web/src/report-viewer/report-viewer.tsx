// Shows a report's text exactly as stored, its facts highlighted by status, and opens a fact's fields
// on click or Enter; remarks on the text (报告体检's findings) are underlined by severity. Used by
// 导入报告, 任务详情 and 报告体检.
import type { Fact, SourceSpan } from "@luoshi/report";
import { Button, Descriptions, Drawer } from "antd";
import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from "react";
import { describeFact, factLabel } from "./fact-fields.js";
import { segmentText, type TextMark, type TextSegment } from "./text-segments.js";

/** A remark on a stretch of the text, e.g. a health-check finding. */
export interface ReportNote {
  id: string;
  span: SourceSpan;
  severity: "error" | "warning" | "question";
  /** Said in words on the mark (its title), so the underline's colour and style are not all it has. */
  label: string;
}

export interface ReportViewerHandle {
  /** Scrolls the text to a span and flashes it ("show the source sentence"). */
  showSpan(span: SourceSpan): void;
  /** Scrolls to a fact and opens its fields. */
  showFact(factId: string): void;
}

interface ReportViewerProps {
  text: string;
  facts: readonly Fact[];
  /** Spans to shade, e.g. the sentences of the selected task. */
  shaded?: readonly SourceSpan[];
  /** Remarks to underline; a click on one calls `onNoteClick`. */
  notes?: readonly ReportNote[];
  onNoteClick?: (noteId: string) => void;
  /** Replaces the facts' legend, for a viewer that shows something else. */
  legend?: ReactNode;
  /** Height of the scrolling text box. */
  height?: number | string;
  ref?: Ref<ReportViewerHandle>;
}

const NO_NOTES: readonly ReportNote[] = [];

export function ReportViewer({
  text,
  facts,
  shaded = [],
  notes = NO_NOTES,
  onNoteClick,
  legend,
  height = "70vh",
  ref,
}: ReportViewerProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ span: SourceSpan; serial: number } | null>(null);
  const [openFactId, setOpenFactId] = useState<string | null>(null);
  const factsById = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);

  const marks = useMemo(() => {
    const all: TextMark[] = shaded.map((span, i) => ({ id: `shade-${i}`, kind: "shade", span }));
    for (const fact of facts) all.push({ id: fact.id, kind: fact.status, span: fact.source });
    for (const note of notes) all.push({ id: note.id, kind: `note-${note.severity}`, span: note.span });
    if (focus) all.push({ id: "focus", kind: "focus", span: focus.span });
    return all;
  }, [facts, shaded, notes, focus]);
  const notesById = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);

  // The body is memoised apart from the drawer, so opening a fact does not re-render 100 KB of text.
  const body = useMemo(
    () => renderSegments(text, segmentText(text.length, marks), factsById, notesById),
    [text, marks, factsById, notesById],
  );

  useEffect(() => {
    if (!focus) return;
    boxRef.current?.querySelector("[data-focus]")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [focus]);

  const showSpan = useCallback((span: SourceSpan) => {
    setFocus((previous) => ({ span, serial: (previous?.serial ?? 0) + 1 }));
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      showSpan,
      showFact(factId) {
        const fact = factsById.get(factId);
        if (!fact) return;
        showSpan(fact.source);
        setOpenFactId(factId);
      },
    }),
    [showSpan, factsById],
  );

  const openFrom = (target: EventTarget) => {
    const id =
      target instanceof Element ? target.closest("[data-fact-id]")?.getAttribute("data-fact-id") : null;
    if (id && factsById.has(id)) setOpenFactId(id);
  };
  const onClick = (event: MouseEvent) => {
    const noteId =
      event.target instanceof Element
        ? event.target.closest("[data-note-id]")?.getAttribute("data-note-id")
        : null;
    if (noteId && onNoteClick) onNoteClick(noteId);
    openFrom(event.target);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    if (!(event.target instanceof Element) || !event.target.hasAttribute("data-fact-id")) return;
    event.preventDefault();
    openFrom(event.target);
  };

  const openFact = openFactId ? factsById.get(openFactId) : undefined;
  return (
    <div className="report-viewer">
      {legend ?? <FactLegend factCount={facts.length} shaded={shaded.length > 0} />}
      {/* Clicks and keys are handled once here for every highlight: each is a focusable role=button. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: delegation container; the marks are the controls */}
      <div
        ref={boxRef}
        className="report-text"
        style={{ maxHeight: height }}
        onClick={onClick}
        onKeyDown={onKeyDown}
        data-testid="report-text"
      >
        {body}
      </div>
      <Drawer
        title="数据详情"
        open={openFact !== undefined}
        onClose={() => setOpenFactId(null)}
        size={420}
        mask={false}
        destroyOnHidden
      >
        {openFact && (
          <>
            <Descriptions
              column={1}
              size="small"
              bordered
              items={describeFact(openFact).map((field) => ({
                key: field.label,
                label: field.label,
                children: field.value,
              }))}
            />
            <p className="fact-sentence-label">所在句子</p>
            <blockquote className="fact-sentence">
              {text.slice(openFact.sentence.start, openFact.sentence.end)}
            </blockquote>
            <Button onClick={() => showSpan(openFact.source)}>定位到原文</Button>
          </>
        )}
      </Drawer>
    </div>
  );
}

function renderSegments(
  text: string,
  segments: TextSegment[],
  factsById: Map<string, Fact>,
  notesById: Map<string, ReportNote>,
): ReactNode[] {
  const labelled = new Set<string>();
  return segments.map((segment) => {
    const piece = text.slice(segment.start, segment.end);
    if (segment.marks.length === 0) return piece;
    const key = segment.start;
    const fact = segment.marks.find((mark) => mark.kind === "actual" || mark.kind === "target");
    const shade = segment.marks.some((mark) => mark.kind === "shade");
    const focus = segment.marks.some((mark) => mark.kind === "focus");
    // Of overlapping notes, the most severe one styles the stretch; every one is named in its title.
    const notes = segment.marks.filter((mark) => mark.kind.startsWith("note-"));
    const note = ["note-error", "note-warning", "note-question"]
      .map((kind) => notes.find((mark) => mark.kind === kind))
      .find(Boolean);
    const className = [
      shade && "mark-shade",
      focus && "mark-focus",
      fact && `mark-${fact.kind}`,
      note && `mark-note mark-${note.kind}`,
    ]
      .filter(Boolean)
      .join(" ");
    const dataProps = {
      ...(focus ? { "data-focus": "" } : {}),
      ...(note
        ? {
            "data-note-id": note.id,
            title: notes.map((mark) => notesById.get(mark.id)?.label ?? "").join("\n"),
          }
        : {}),
    };
    if (!fact) {
      return (
        <span key={key} className={className} {...dataProps}>
          {piece}
        </span>
      );
    }
    // A fact cut by another mark's edge spans several segments; only its first is a tab stop.
    const first = !labelled.has(fact.id);
    labelled.add(fact.id);
    const data = factsById.get(fact.id);
    return (
      <mark
        key={key}
        className={className}
        data-fact-id={fact.id}
        data-status={fact.kind}
        {...dataProps}
        {...(first ? { role: "button", tabIndex: 0, "aria-label": data ? factLabel(data) : undefined } : {})}
      >
        {piece}
      </mark>
    );
  });
}

function FactLegend({ factCount, shaded }: { factCount: number; shaded: boolean }) {
  return (
    <div className="fact-legend">
      <span className="fact-legend-title">图例：</span>
      <mark className="mark-actual legend-sample">实绩</mark>
      <span>已经完成的数（实线下划）</span>
      <mark className="mark-target legend-sample">目标</mark>
      <span>预期要完成的数（虚线下划）</span>
      {shaded && (
        <>
          <span className="mark-shade legend-sample">任务原文</span>
          <span>所选任务的句子</span>
        </>
      )}
      <span className="fact-legend-count">共标出 {factCount} 处数据，点击可查看详情</span>
    </div>
  );
}
