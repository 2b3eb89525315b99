// Numbering and layout of the headings: 一、二、三 and （一）（二） in sequence under each parent, as
// many items as the text announces, one Markdown level per numbering level, and lead-in sentences
// bold where their siblings are.
import { parseChineseNumeral } from "../text/chinese-numerals.js";
import type { ReadReportResult, Section, SourceSpan } from "../types.js";
import type { CheckFinding } from "./check-types.js";
import { type InputView, sentencesOf } from "./input-view.js";

const LEVEL_NAMES = ["", "一级", "二级", "三级", "四级"];

function headingLabel(s: Section): string {
  const title = s.title.length > 24 ? `${s.title.slice(0, 24)}…` : s.title;
  return `${s.marker}${title}`;
}

function markerOf(level: number, ordinal: number, like: string): string {
  const numeral = chineseOrdinal(ordinal);
  if (/^[（(]/.test(like)) return /^\(/.test(like) ? `(${numeral})` : `（${numeral}）`;
  if (/^\d/.test(like)) return `${ordinal}.`;
  return level === 1 ? `${numeral}、` : numeral;
}

function chineseOrdinal(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n <= 10) return n === 10 ? "十" : (digits[n] as string);
  if (n < 20) return `十${digits[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${digits[tens]}十${ones ? digits[ones] : ""}`;
}

/**
 * Gaps, repeats and steps back in the numbering of each list of headings. A heading numbered 1
 * starts a new list (易县's report restarts （一） under each new group), so only a repeat, a gap or
 * a step back inside a list is a slip.
 *
 * @example
 * checkNumbering(view, read) // （一）（二）（四） → NUMBERING_GAP on the （四） heading
 */
export function checkNumbering(view: InputView, read: ReadReportResult): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const lists = new Map<string, Section[]>();
  for (const s of read.sections) {
    if (s.ordinal === null || s.marker === "") continue;
    const key = `${s.parentId ?? "-"}:${s.level}`;
    const list = lists.get(key) ?? [];
    list.push(s);
    lists.set(key, list);
  }
  for (const list of lists.values()) {
    list.sort((a, b) => a.heading.start - b.heading.start);
    let previous: Section | null = null;
    for (const s of list) {
      const ordinal = s.ordinal as number;
      const at = headingSpan(view, s);
      if (previous === null) {
        // Under a parent a list starts at 1; a text that opens part-way through (a scraped
        // excerpt) may start anywhere at its top level.
        if (s.parentId !== null && ordinal !== 1) {
          const missing = [];
          for (let k = 1; k < ordinal && missing.length < 5; k++)
            missing.push(markerOf(s.level, k, s.marker));
          findings.push({
            code: "NUMBERING_GAP",
            severity: "error",
            message: `标题“${headingLabel(s)}”是这一组的第一个标题，前面缺少${missing.map((m) => `“${m}”`).join("")}；同一层级的标题应从“${markerOf(s.level, 1, s.marker)}”起连续编号。`,
            source: at,
          });
        }
        previous = s;
        continue;
      }
      const prev = previous.ordinal as number;
      const expected = markerOf(s.level, prev + 1, s.marker);
      const label = headingLabel(s);
      if (ordinal === prev + 1 || ordinal === 1) {
        // in sequence, or a new list
      } else if (ordinal === prev) {
        findings.push({
          code: "NUMBERING_REPEAT",
          severity: "error",
          message: `标题“${label}”与前一个标题“${headingLabel(previous)}”序号相同；同一层级的标题应依次编号，此处应为“${expected}”。`,
          source: at,
          related: [headingSpan(view, previous)],
        });
      } else if (ordinal > prev + 1) {
        const missing = [];
        for (let k = prev + 1; k < ordinal && missing.length < 5; k++)
          missing.push(markerOf(s.level, k, s.marker));
        findings.push({
          code: "NUMBERING_GAP",
          severity: "error",
          message: `标题“${label}”紧接在“${headingLabel(previous)}”之后，中间缺少${missing.map((m) => `“${m}”`).join("")}；同一层级的标题应连续编号。`,
          source: at,
          related: [headingSpan(view, previous)],
        });
      } else {
        findings.push({
          code: "NUMBERING_ORDER",
          severity: "error",
          message: `标题“${label}”排在“${headingLabel(previous)}”之后，序号倒退；同一层级的标题应按顺序编号，此处应为“${expected}”。`,
          source: at,
          related: [headingSpan(view, previous)],
        });
      }
      previous = s;
    }
  }
  return findings;
}

/** The heading's line from its first mark to the end of its title. */
function headingSpan(view: InputView, s: Section): SourceSpan {
  const line = view.lines[view.lineAt(s.heading.start)];
  const start = line
    ? line.start + (/^\s*/.exec(view.input.slice(line.start, line.end))?.[0].length ?? 0)
    : 0;
  return { start: Math.min(start, s.heading.start), end: s.heading.end };
}

const ANNOUNCEMENT =
  /(?:抓好|做好|抓了|推进|突出|聚焦|开展|以下)[^，。；：]{0,6}?([一二三四五六七八九十]{1,3}|\d{1,2})(?:个|大)?方面(?:的)?(?:重点)?(?:工作|任务)?[：:]\s*(?:\*\*)?\s*$/;

/**
 * `重点做好七个方面的工作：` followed by a different number of headings.
 *
 * @example
 * checkAnnouncedCounts(view, read) // 重点做好四个方面的工作： then （一）–（三） → ITEM_COUNT_MISMATCH
 */
export function checkAnnouncedCounts(view: InputView, read: ReadReportResult): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const sections = [...read.sections].sort((a, b) => a.heading.start - b.heading.start);
  for (let k = 0; k < view.lines.length; k++) {
    const line = view.lines[k] as { start: number; end: number };
    const text = view.input.slice(line.start, line.end);
    const m = ANNOUNCEMENT.exec(text);
    if (!m) continue;
    const raw = m[1] as string;
    const announced = /^\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (announced === null || announced < 2) continue;
    const first = sections.find((s) => s.heading.start > line.end);
    if (first?.ordinal !== 1) continue;
    // The list must follow the announcement at once (one line between at most): `一是…二是…`
    // paragraphs after it are not headings, and a heading further on belongs to another list.
    let nonEmpty = 0;
    for (let j = k + 1; j < view.lineAt(first.heading.start); j++) {
      const l = view.lines[j] as { start: number; end: number };
      if (view.input.slice(l.start, l.end).trim()) nonEmpty++;
    }
    if (nonEmpty > 1) continue;
    const items: Section[] = [];
    for (const s of sections.slice(sections.indexOf(first))) {
      if (s.level < first.level) break;
      if (s.level > first.level) continue;
      if (s.parentId !== first.parentId || (items.length > 0 && s.ordinal === 1)) break;
      items.push(s);
    }
    if (items.length === announced) continue;
    // The clause that makes the announcement: `突出抓好十方面工作：` of a longer sentence.
    const clause = Math.max(...["，", "。", "；", "："].map((p) => text.lastIndexOf(p, m.index) + 1));
    const lead = Math.max(clause, /^[\s*#]*/.exec(text)?.[0].length ?? 0);
    const said = text.slice(lead).replace(/[\s*]+$/, "");
    const last = items[items.length - 1] as Section;
    findings.push({
      code: "ITEM_COUNT_MISMATCH",
      severity: "warning",
      message: `这里说“${said.replace(/[：:]$/, "")}”，共${announced}项，其后列出的标题是“${first.marker}”至“${last.marker}”共${items.length}项；删改条目后应同时改正总数，或补齐缺少的条目。`,
      source: { start: line.start + lead, end: line.start + lead + said.length },
      related: items.map((s) => headingSpan(view, s)),
    });
  }
  return findings;
}

/**
 * Headings of one numbering level written with different Markdown heading levels (`## （二）`
 * beside `### （一）`). The expected level follows the hierarchy: the most common level of the
 * numbering level, deeper than the level above it.
 *
 * @example
 * checkHeadingLevels(view, read) // ### （一） ## （二） ### （三） → HEADING_LEVEL_MIXED on "## （二）…"
 */
export function checkHeadingLevels(view: InputView, read: ReadReportResult): CheckFinding[] {
  const numbered = read.sections.filter((s) => s.marker !== "" && s.ordinal !== null);
  const hashesOf = new Map<Section, number>();
  for (const s of numbered) {
    const line = view.lines[view.lineAt(s.heading.start)];
    const text = line ? view.input.slice(line.start, line.end) : "";
    hashesOf.set(s, /^\s*(#{1,6})\s/.exec(text)?.[1]?.length ?? 0);
  }
  if (![...hashesOf.values()].some((h) => h > 0)) return [];
  const findings: CheckFinding[] = [];
  const levels = [...new Set(numbered.map((s) => s.level))].sort((a, b) => a - b);
  let above = 0;
  const expectedOf = new Map<number, number>();
  for (const level of levels) {
    const counts = new Map<number, number>();
    for (const s of numbered)
      if (s.level === level) counts.set(hashesOf.get(s) ?? 0, (counts.get(hashesOf.get(s) ?? 0) ?? 0) + 1);
    const deeper = [...counts.entries()].filter(([h]) => h > above);
    const pool = deeper.length > 0 ? deeper : [[above + 1, 0] as [number, number]];
    pool.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const expected = (pool[0] as [number, number])[0];
    expectedOf.set(level, expected);
    above = expected;
  }
  for (const s of numbered) {
    const hashes = hashesOf.get(s) ?? 0;
    const expected = expectedOf.get(s.level) ?? hashes;
    if (hashes === expected) continue;
    const peers = numbered.filter((p) => p.level === s.level && hashesOf.get(p) === expected);
    const written = hashes === 0 ? "没有使用标题标记" : `使用了“${"#".repeat(hashes)}”`;
    const peerText = peers.length
      ? `同为${LEVEL_NAMES[s.level] ?? ""}标题的“${peers[0]?.marker}”等使用“${"#".repeat(expected)}”`
      : `按层级应使用“${"#".repeat(expected)}”`;
    const parentLevel = s.level > 1 ? expectedOf.get(s.level - 1) : undefined;
    const rule =
      parentLevel !== undefined && parentLevel > 0
        ? `上一级标题使用“${"#".repeat(parentLevel)}”，这一级应统一为“${"#".repeat(expected)}”`
        : `同一级的标题应使用同一标题级别`;
    findings.push({
      code: "HEADING_LEVEL_MIXED",
      severity: "warning",
      message: `${LEVEL_NAMES[s.level] ?? ""}标题“${headingLabel(s)}”${written}，${peerText}；${rule}，否则目录和排版层级会错乱。`,
      source: headingSpan(view, s),
      related: peers.slice(0, 3).map((p) => headingSpan(view, p)),
    });
  }
  return findings;
}

const NOT_A_LEAD = /^(?:各位代表|今年|同时|我们|此外|总之|为此|因此|其中|对此)/;
const MAX_INLINE_LEAD = 16;

interface LeadIn {
  span: SourceSpan;
  text: string;
  bold: boolean;
  /** Lead-ins compared with each other: the section, and for run-in ones the paragraphs' opening. */
  group: string;
  inline: boolean;
}

/**
 * Lead-in sentences (`**农业基础持续稳固。**`) left plain where their siblings are bold. Siblings
 * are the paragraph-opening lead-ins of one section, or the run-in lead-ins of parallel
 * paragraphs of one part (those opening with the same words, `五年来，我们…`).
 *
 * @example
 * checkLeadInBold(view, read) // **稳定扩大就业。** … 强化创业带动。 → LEAD_IN_NOT_BOLD on the plain one
 */
export function checkLeadInBold(view: InputView, read: ReadReportResult): CheckFinding[] {
  const leads: LeadIn[] = [];
  const sectionAt = (offset: number) => {
    let best: Section | null = null;
    for (const s of read.sections)
      if (s.span.start <= offset && offset < s.span.end && (!best || s.level >= best.level)) best = s;
    return best;
  };
  const partAt = (offset: number) => {
    let s = sectionAt(offset);
    while (s?.parentId) s = read.sections.find((x) => x.id === s?.parentId) ?? null;
    return s?.id ?? "-";
  };
  const themeStarts = new Set<number>();
  for (const t of read.themes) {
    themeStarts.add(t.lead.start);
    leads.push({
      span: t.lead,
      text: t.title,
      bold: t.bold,
      group: `section:${t.sectionId ?? "-"}`,
      inline: false,
    });
  }
  for (const paragraph of view.paragraphs) {
    const plain = view.plain(paragraph);
    const sentences = sentencesOf(plain.text);
    const opening = /^[^，。：；！？]{1,6}[，：]/.exec(plain.text)?.[0] ?? plain.text.slice(0, 4);
    for (let i = 1; i < sentences.length; i++) {
      const s = sentences[i] as { start: number; end: number };
      const text = plain.text.slice(s.start, s.end);
      if (!/。$/.test(text) || plain.text.length - s.end < 8) continue;
      const body = text.slice(0, -1);
      if (body.length < 4 || body.length > MAX_INLINE_LEAD || /[，、：；“”‘’（）()《》\d%]/.test(body))
        continue;
      if (NOT_A_LEAD.test(body)) continue;
      const span = view.spanOf(plain, s.start, s.end);
      if (themeStarts.has(span.start)) continue;
      leads.push({
        span,
        text: body,
        bold: isBold(view.input, span),
        group: `inline:${partAt(span.start)}:${opening}`,
        inline: true,
      });
    }
  }
  const groups = new Map<string, LeadIn[]>();
  for (const lead of leads) {
    const g = groups.get(lead.group) ?? [];
    g.push(lead);
    groups.set(lead.group, g);
  }
  const findings: CheckFinding[] = [];
  for (const group of groups.values()) {
    const bold = group.filter((l) => l.bold);
    if (bold.length === 0) continue;
    const lengths = bold.map((l) => l.text.length);
    const min = Math.min(...lengths) - 1;
    const max = Math.max(...lengths) + 1;
    for (const lead of group) {
      if (lead.bold) continue;
      if (lead.inline && (lead.text.length < min || lead.text.length > max)) continue;
      const example = bold[0] as LeadIn;
      findings.push({
        code: "LEAD_IN_NOT_BOLD",
        severity: "warning",
        message: `“${lead.text}。”是一层意思的引领句，同组的${bold.length > 1 ? `“${example.text}。”等${bold.length}句` : `“${example.text}。”`}都已加粗，这一句没有加粗；同级引领句应统一加粗。`,
        source: lead.span,
        related: bold.slice(0, 3).map((l) => l.span),
      });
    }
  }
  return findings;
}

/** Whether `**` opens right before the span and closes around its final stop. */
function isBold(input: string, span: SourceSpan): boolean {
  const before = input.slice(Math.max(0, span.start - 3), span.start);
  const stop = span.end - 1;
  const closes = input.slice(stop - 2, stop) === "**" || input.slice(stop + 1, stop + 3) === "**";
  return /\*\*\s*$/.test(before) && closes;
}
