// Lookups the text formats share: which part a fact stands in, on which line, in which sentence.
import type { Fact, ReadReportResult, Section, SourceSpan } from "@luoshi/report";

export interface ReportView {
  /** 1-based line of an offset in the text. */
  lineOf(offset: number): number;
  /** The top-level part a section belongs to (itself when it is one). */
  partOf(sectionId: string | null): Section | null;
  themeTitle(themeId: string | null): string | null;
  factById(id: string): Fact | undefined;
  /** The text of a span on one line: page breaks inside a sentence joined. */
  excerpt(span: SourceSpan): string;
}

export function createReportView(text: string, result: ReadReportResult): ReportView {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const sections = new Map(result.sections.map((s) => [s.id, s]));
  const themes = new Map(result.themes.map((t) => [t.id, t]));
  const facts = new Map(result.facts.map((f) => [f.id, f]));
  return {
    lineOf(offset) {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
    partOf(sectionId) {
      let section = sectionId ? sections.get(sectionId) : undefined;
      // A parent chain is short; the bound only guards against a malformed cycle.
      for (let guard = 0; section?.parentId && guard < 16; guard++) {
        const parent = sections.get(section.parentId);
        if (!parent) break;
        section = parent;
      }
      return section ?? null;
    },
    themeTitle(themeId) {
      return themeId ? (themes.get(themeId)?.title ?? null) : null;
    },
    factById(id) {
      return facts.get(id);
    },
    excerpt(span) {
      return text
        .slice(span.start, span.end)
        .replace(/\s*\n\s*/g, "")
        .trim();
    },
  };
}

/** `三、2026年重点工作安排` — the numbering and the title as a reader sees them. */
export function sectionLabel(section: Section): string {
  return `${section.marker}${section.title}`;
}
