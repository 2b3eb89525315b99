// Cuts a report's text at the edges of its highlights, so the viewer renders each stretch once with
// every highlight that covers it: linear in text and highlights, whatever their overlaps.
import type { SourceSpan } from "@luoshi/report";

/**
 * `actual`/`target`: a fact by its status; `shade`: a sentence of the selected task; `focus`: the span
 * just shown; `note-*`: a remark on the text by its severity (the health check's findings).
 */
export type MarkKind =
  | "actual"
  | "target"
  | "shade"
  | "focus"
  | "note-error"
  | "note-warning"
  | "note-question";

export interface TextMark {
  /** The fact's id for fact marks; any stable key otherwise. */
  id: string;
  kind: MarkKind;
  span: SourceSpan;
}

export interface TextSegment {
  start: number;
  end: number;
  /** The marks covering the whole segment, in the order they were given. */
  marks: TextMark[];
}

/**
 * Splits `[0, length)` into segments at every mark edge. Marks outside the text are clipped, empty
 * ones dropped; segments with no mark are kept so the segments always rebuild the text exactly.
 */
export function segmentText(length: number, marks: readonly TextMark[]): TextSegment[] {
  const edges = new Set<number>([0, length]);
  const usable: { mark: TextMark; order: number; start: number; end: number }[] = [];
  marks.forEach((mark, order) => {
    const start = Math.max(0, Math.min(length, mark.span.start));
    const end = Math.max(0, Math.min(length, mark.span.end));
    if (end <= start) return;
    usable.push({ mark, order, start, end });
    edges.add(start);
    edges.add(end);
  });
  const cuts = [...edges].sort((a, b) => a - b);
  const byStart = [...usable].sort((a, b) => a.start - b.start);

  const segments: TextSegment[] = [];
  let active: typeof usable = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((entry) => entry.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const entry = byStart[next++]!;
      if (entry.end > start) active.push(entry);
    }
    const covering = [...active].sort((a, b) => a.order - b.order).map((entry) => entry.mark);
    segments.push({ start, end, marks: covering });
  }
  return segments;
}
