// Themes of the key-work part: paragraphs opened by a short lead-in sentence, bold or plain
// (`**强化科技创新战略支撑。**…`, `突出重点事项攻坚。…`), or a numbered heading run into its paragraph.
import type { TextLine } from "../text/lines.js";
import type { Outline, OutlineSection } from "./outline.js";

export interface OutlineTheme {
  index: number;
  /** The section the theme stands in (for a run-in heading, that heading's section). */
  section: number | null;
  title: string;
  line: number;
  /** The lead-in in the cleaned text, its stop included. */
  leadStart: number;
  leadEnd: number;
  /** The paragraph. */
  start: number;
  end: number;
}

const MIN_LEAD = 4;
const MAX_LEAD = 30;
/** Sentences that open a paragraph but do not name a theme. */
const NOT_A_LEAD =
  /^(?:今年|明年|去年|当前|目前|同时|我们|各位代表|对此|此外|总之|为此|因此|但是|其中|这|那|要|在|从|[一二三四五六七八九十]是|首先|其次|最后|具体|重点做好|主要预期目标|预期目标|总体要求|只要|如果|虽然)/;

/**
 * The lead-in sentence at the start of a paragraph, or null: a short sentence ending in `。`/`！`
 * with no comma or colon, followed by the paragraph's text.
 *
 * @example
 * leadInOf("突出重点事项攻坚。制定我省融入服务全国统一大市场建设行动方案。") // "突出重点事项攻坚"
 * leadInOf("坚持创新驱动、集群发展、多元协同，统筹推进科技创新。") // null
 */
export function leadInOf(text: string): string | null {
  const limit = Math.min(text.length, MAX_LEAD + 2);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (c === "，" || c === "：" || c === "；") return null;
    if (c === "。" || c === "！") {
      const lead = text.slice(0, i);
      if (lead.length < MIN_LEAD || lead.length > MAX_LEAD) return null;
      if (NOT_A_LEAD.test(lead)) return null;
      if (text.length - (i + 1) < 4) return null;
      return lead;
    }
  }
  return null;
}

/**
 * The first sentence of a paragraph numbered `一是…`, `二是…`, which in a tasks part names a
 * piece of work (`一是坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破。…`).
 *
 * @example
 * numberedLeadOf("一是坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破。坚持把扩大内需作为基点。")
 * // "坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破"
 */
export function numberedLeadOf(text: string): string | null {
  const m = /^(?:[一二三四五六七八九十]{1,3})是/.exec(text);
  if (!m) return null;
  const start = m[0].length;
  for (let i = start; i < Math.min(text.length, start + 52); i++) {
    const c = text[i];
    if (c === "：" || c === "；") return null;
    if (c === "。" || c === "！") {
      const lead = text.slice(start, i);
      return lead.length >= MIN_LEAD && text.length - (i + 1) >= 4 ? lead : null;
    }
  }
  return null;
}

/**
 * Finds the themes of the parts whose role is `tasks`: lead-in paragraphs (inside a numbered
 * work area where the part has them) and numbered headings run into their paragraph.
 *
 * @example
 * findThemes(lines, outline).map((t) => t.title) // ["强化科技创新战略支撑", …]
 */
export function findThemes(lines: readonly TextLine[], outline: Outline): OutlineTheme[] {
  const { sections, lineSection, lineRole } = outline;
  const themes: OutlineTheme[] = [];
  const hasSubsections = new Set<number>();
  for (const s of sections)
    if (s.parent !== null && s.level >= 2) hasSubsections.add(topOf(sections, s.index));

  const headingLine = new Map<number, OutlineSection>();
  for (const s of sections) if (!s.implicit) headingLine.set(s.line, s);

  const annexes = new Set(
    sections.filter((s) => s.implicit && s.title.startsWith("附件")).map((s) => s.index),
  );
  const frames = policyFrames(outline);
  for (const line of lines) {
    if (lineRole[line.index] !== "tasks" || line.text.length === 0) continue;
    const at = lineSection[line.index] ?? -1;
    if (at >= 0 && (annexes.has(topOf(sections, at)) || frames.has(topOf(sections, at)))) continue;
    const heading = headingLine.get(line.index);
    if (heading) {
      if (heading.level >= 2 && heading.runIn) {
        themes.push({
          index: themes.length,
          section: heading.index,
          title: heading.title,
          line: line.index,
          leadStart: line.start + heading.marker.length,
          leadEnd: heading.headingEnd,
          start: line.start,
          end: line.end,
        });
      }
      continue;
    }
    const sectionIndex = lineSection[line.index] ?? -1;
    const section = sectionIndex >= 0 ? sections[sectionIndex] : undefined;
    if (section && section.level === 1 && hasSubsections.has(section.index)) continue;
    const numbered = numberedLeadOf(line.text);
    const lead = numbered ?? leadInOf(line.text);
    if (lead === null) continue;
    const offset = numbered === null ? 0 : line.text.indexOf(numbered);
    themes.push({
      index: themes.length,
      section: sectionIndex >= 0 ? sectionIndex : null,
      title: lead,
      line: line.index,
      leadStart: line.start + offset,
      leadEnd: line.start + offset + lead.length + 1,
      start: line.start,
      end: line.end,
    });
  }
  // A work area's heading run into its intro paragraph is a theme only when no lead-in follows it
  // (`（一）大力提振消费…。促进消费…` then `实施提振消费专项行动。…`).
  const areaOf = (t: OutlineTheme) => (t.section === null ? null : workAreaOf(sections, t.section));
  const ownLine = (t: OutlineTheme) =>
    t.section !== null && (sections[t.section] as OutlineSection).line === t.line;
  const withLeads = new Set(
    themes.filter((t) => !ownLine(t) || (sections[t.section ?? 0]?.level ?? 0) > 2).map(areaOf),
  );
  const kept = themes.filter(
    (t) => !(ownLine(t) && (sections[t.section ?? 0]?.level ?? 0) <= 2 && withLeads.has(areaOf(t))),
  );
  return kept.map((t, index) => ({ ...t, index }));
}

const KEY_WORK = /任务|重点工作|工作安排|工作部署|主要工作/;
const POLICY_FRAME = /总体要求|政策取向|指导思想|总体思路|基本原则/;

/**
 * Parts that frame this year's work rather than set it out (`二、2025年经济社会发展总体要求和政策取向`
 * before `三、2025年政府工作任务`): their targets are targets, but their paragraphs are policy
 * lines, not tasks. Only when another part sets out the work.
 *
 * @example
 * policyFrames(outline) // Set { 1 }: the index of part 二
 */
export function policyFrames(outline: Outline): Set<number> {
  const parts = outline.sections.filter((s) => s.parent === null && s.role === "tasks" && !s.implicit);
  const frames = parts.filter((s) => POLICY_FRAME.test(s.title) && !KEY_WORK.test(s.title));
  const work = parts.some((s) => KEY_WORK.test(s.title) && !POLICY_FRAME.test(s.title));
  return new Set(work ? frames.map((s) => s.index) : []);
}

/** The numbered work area (level 2) a section stands in, or the section itself above that level. */
function workAreaOf(sections: readonly OutlineSection[], index: number): number {
  let s = sections[index] as OutlineSection;
  while (s.parent !== null && s.level > 2) s = sections[s.parent] as OutlineSection;
  return s.index;
}

function topOf(sections: readonly OutlineSection[], index: number): number {
  let s = sections[index] as OutlineSection;
  while (s.parent !== null) s = sections[s.parent] as OutlineSection;
  return s.index;
}
