// What a report says about itself: title, jurisdiction, level, year, date and speaker, read from
// its own header lines (never from site chrome or the links after it).

import { parseChineseNumeral } from "../text/chinese-numerals.js";
import { type CleanText, toInputSpan } from "../text/clean-text.js";
import type { TextLine } from "../text/lines.js";
import type { GovernmentLevel, ReportInfo, SourceSpan } from "../types.js";
import { BYLINE, type ReportBody } from "./report-body.js";

const YEAR = "(\\d{4}|[〇零○一二三四五六七八九]{4})";
const MONTH_DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const SESSION_DATE = new RegExp(`${YEAR}年${MONTH_DAY}月${MONTH_DAY}日`);
const SESSION_PLACE =
  /在(.{1,20}?)(?:第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届)?(?:全国)?人民代表大会/;
const TITLE_LINE = /^(?:标题[：:])?(.{0,40}?)政府工作报告$/;
/** `东川市人民政府关于2024年工作总结的报告`, `…关于2024年工作情况的报告`: a year's work reviewed. */
const SUMMARY_TITLE = new RegExp(
  `^(?:标题[：:])?(.{0,24}?)(?:人民)?政府(?:关于${YEAR}年度?.{0,20}?(?:总结|情况)(?:(?:和|及|暨).{0,20})?的报告|${YEAR}年度?工作总结)$`,
);
const DELEGATE = /我代表(.{1,15}?)(?:人民政府|政府)?[，,]?向大会报告/;
const SPEAKER_TITLE_LINE = /^(.{0,20}?)(?:人民政府)?(代理?)?(省长|市长|县长|区长|州长|旗长|盟长|总理|主席)$/;
const PLACE_SUFFIX = /(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县|特别行政区)$/;

interface Found<T> {
  value: T;
  span: SourceSpan;
}

/** Years written in the report's headings, used when the header names none. */
export interface HeadingYears {
  /** The year a review heading looks back on (`一、2024年工作回顾` → 2024). */
  reviewYear: number | null;
  /** The year a tasks heading plans for (`三、2026年重点工作安排` → 2026). */
  taskYear: number | null;
  /** Where each was read, as offsets of the cleaned text. */
  reviewYearAt?: { start: number; end: number } | null;
  taskYearAt?: { start: number; end: number } | null;
}

/**
 * Reads the report's title, place, level, year, date and speaker from its header lines, with the
 * headings' years, the `我代表…向大会报告` sentence and the `开局之年` phrasing as fallbacks.
 *
 * @example
 * readReportInfo(clean, lines, body, { reviewYear: 2025, taskYear: 2026 }).year // 2026
 */
export function readReportInfo(
  clean: CleanText,
  lines: readonly TextLine[],
  body: ReportBody,
  headingYears: HeadingYears,
): ReportInfo {
  const span = (line: TextLine, start = 0, end = line.text.length) =>
    toInputSpan(clean, line.start + start, line.start + end);
  const lineAt = (k: number | null) => (k === null ? null : (lines[k] ?? null));

  const info: ReportInfo = {
    title: null,
    place: null,
    level: "unknown",
    year: null,
    date: null,
    speaker: null,
    speakerTitle: null,
    sources: {},
  };

  // Title: the report's own title line, else a scraper's `标题：` field before the body.
  let titleYear: Found<number> | null = null;
  let titlePlace: Found<string> | null = null;
  const titleLine = lineAt(body.titleLine) ?? findScraperTitle(lines, body.startLine);
  if (titleLine) {
    const m = TITLE_LINE.exec(titleLine.text);
    if (m) {
      const offset = titleLine.text.startsWith("标题") ? 3 : 0;
      info.title = titleLine.text.slice(offset);
      info.sources.title = span(titleLine, offset);
      const head = m[1] as string;
      const y = new RegExp(YEAR).exec(head);
      if (y) {
        const year = yearOf(y[1] as string);
        if (year) titleYear = { value: year, span: span(titleLine, offset + y.index, offset + y.index + 4) };
      }
      // `2025年西河区人民政府工作报告`: the government's name ends in 人民.
      const place = head
        .replace(new RegExp(`${YEAR}年(?:度)?`), "")
        .replace(/人民$/, "")
        .trim();
      if (place.length >= 2 && PLACE_SUFFIX.test(place)) {
        const at = titleLine.text.indexOf(place);
        titlePlace = { value: place, span: span(titleLine, at, at + place.length) };
      }
    }
    const summary = m ? null : SUMMARY_TITLE.exec(titleLine.text);
    if (summary) {
      // The title's year is the year reviewed; the plans it ends with are for the year after.
      const offset = titleLine.text.startsWith("标题") ? 3 : 0;
      info.title = titleLine.text.slice(offset);
      info.sources.title = span(titleLine, offset);
      const place = summary[1] as string;
      const yearText = (summary[2] ?? summary[3]) as string;
      const reviewed = yearOf(yearText);
      const yearAt = titleLine.text.indexOf(yearText, offset + place.length);
      if (reviewed) {
        info.reviewedYear = reviewed;
        titleYear = { value: reviewed + 1, span: span(titleLine, yearAt, yearAt + 4) };
      }
      if (place.length >= 2 && PLACE_SUFFIX.test(place)) {
        titlePlace = { value: place, span: span(titleLine, offset, offset + place.length) };
      }
    }
  }

  // Session line: `——2026年2月26日在湛河区第六届人民代表大会第六次会议上`.
  let sessionYear: Found<number> | null = null;
  let sessionPlace: Found<string> | null = null;
  const session = lineAt(body.sessionLine);
  if (session) {
    const d = SESSION_DATE.exec(session.text);
    if (d) {
      const year = yearOf(d[1] as string);
      const month = numberOf(d[2] as string);
      const day = numberOf(d[3] as string);
      if (year) {
        sessionYear = { value: year, span: span(session, d.index, d.index + (d[1] as string).length) };
        if (month && day && month <= 12 && day <= 31) {
          info.date = `${year}-${pad(month)}-${pad(day)}`;
          info.sources.date = span(session, d.index, d.index + d[0].length);
        }
      }
    }
    const p = SESSION_PLACE.exec(session.text);
    if (p) {
      const raw = (p[1] as string).replace(/^\d{4}年.*?日/, "");
      if (session.text.includes("全国人民代表大会")) {
        sessionPlace = { value: "国务院", span: span(session, p.index, p.index + p[0].length) };
      } else if (raw.length >= 2 && PLACE_SUFFIX.test(raw)) {
        const at = session.text.indexOf(raw, p.index);
        sessionPlace = { value: raw, span: span(session, at, at + raw.length) };
      }
    }
  }

  // Byline: `湛河区人民政府区长 马培翼`, or the name alone.
  let bylinePlace: Found<string> | null = null;
  let speakerLevel: GovernmentLevel = "unknown";
  const byline = lineAt(body.bylineLine);
  if (byline) {
    const b = BYLINE.exec(byline.text);
    if (b) {
      const prefix = (b[1] as string).replace(/人民政府$/, "");
      const acting = b[2] ?? "";
      const title = b[3] as string;
      const name = b[4] as string;
      info.speaker = name;
      info.speakerTitle = acting + title;
      const at = byline.text.lastIndexOf(name);
      info.sources.speaker = span(byline, at, at + name.length);
      speakerLevel = levelOfTitle(title);
      if (prefix.length >= 2 && !/^(?:自治区|自治州|自治县|[省市县区])$/.test(prefix)) {
        bylinePlace = { value: prefix, span: span(byline, 0, prefix.length) };
      } else if (title === "总理")
        bylinePlace = { value: "国务院", span: span(byline, 0, byline.text.length) };
    } else if (/^[\u4e00-\u9fff]{2,4}$/.test(byline.text)) {
      info.speaker = byline.text;
      info.sources.speaker = span(byline);
      // `国务院总理` on the line above the name.
      const above = lines
        .slice(Math.max(0, byline.index - 3), byline.index)
        .reverse()
        .find((l) => l.text.length > 0);
      const title = above ? SPEAKER_TITLE_LINE.exec(above.text) : null;
      if (title) {
        info.speakerTitle = (title[2] ?? "") + (title[3] as string);
        speakerLevel = levelOfTitle(title[3] as string);
        if (title[3] === "总理") bylinePlace = { value: "国务院", span: span(above as TextLine) };
      }
    }
  }

  // `现在，我代表易县人民政府向大会报告工作` names the government in many reports.
  let delegatePlace: Found<string> | null = null;
  const salutation = body.salutationLine;
  if (salutation !== null) {
    for (let k = salutation; k < Math.min(body.endLine, salutation + 4); k++) {
      const line = lines[k] as TextLine;
      const m = DELEGATE.exec(line.text);
      if (!m) continue;
      const who = m[1] as string;
      if (who === "国务院")
        delegatePlace = { value: "国务院", span: span(line, m.index, m.index + m[0].length) };
      else if (who.length >= 2 && PLACE_SUFFIX.test(who) && !/^[省市县区]$/.test(who)) {
        const at = line.text.indexOf(who);
        delegatePlace = { value: who, span: span(line, at, at + who.length) };
      }
      break;
    }
  }

  const place =
    sessionPlace ?? bylinePlace ?? titlePlace ?? delegatePlace ?? scraperPlace(lines, body, clean);
  if (place) {
    info.place = place.value;
    info.sources.place = place.span;
  }
  info.level = levelOfPlace(info.place, speakerLevel);

  let year = sessionYear ?? titleYear;
  // A session held in December for the coming year (`——2023年12月28日`, `二、2024年工作安排`).
  if (
    sessionYear &&
    (titleYear?.value === sessionYear.value + 1 ||
      headingYears.taskYear === sessionYear.value + 1 ||
      headingYears.reviewYear === sessionYear.value)
  ) {
    year =
      titleYear?.value === sessionYear.value + 1
        ? titleYear
        : { value: sessionYear.value + 1, span: sessionYear.span };
  }
  if (year) {
    info.year = year.value;
    info.sources.year = year.span;
  } else if (headingYears.taskYear) {
    info.year = headingYears.taskYear;
    const at = headingYears.taskYearAt;
    if (at) info.sources.year = toInputSpan(clean, at.start, at.end);
  } else if (headingYears.reviewYear) {
    info.year = headingYears.reviewYear + 1;
    const at = headingYears.reviewYearAt;
    if (at) info.sources.year = toInputSpan(clean, at.start, at.end);
  } else {
    const planYear = yearFromPlanPhrase(clean.text);
    if (planYear) {
      info.year = planYear.year;
      info.sources.year = toInputSpan(clean, planYear.start, planYear.end);
    }
  }
  return info;
}

function findScraperTitle(lines: readonly TextLine[], before: number): TextLine | null {
  for (let k = 0; k < Math.min(before + 1, lines.length, 12); k++) {
    const line = lines[k] as TextLine;
    if (/^标题[：:].*政府工作报告$/.test(line.text)) return line;
  }
  return null;
}

function scraperPlace(lines: readonly TextLine[], body: ReportBody, clean: CleanText): Found<string> | null {
  for (let k = 0; k < Math.min(body.startLine + 1, lines.length, 12); k++) {
    const line = lines[k] as TextLine;
    const m = /^发文单位[：:](.{2,15}?)人民政府$/.exec(line.text);
    if (m && PLACE_SUFFIX.test(m[1] as string)) {
      const start = line.start + 5;
      return { value: m[1] as string, span: toInputSpan(clean, start, start + (m[1] as string).length) };
    }
  }
  return null;
}

/** `今年是“十五五”开局之年` → 2026; `“十四五”规划收官之年` → 2025. */
function yearFromPlanPhrase(text: string): { year: number; start: number; end: number } | null {
  const m = /今年是“?十([一二三四五六七八九]?)五”?(?:规划)?(开局|收官)之年/.exec(text);
  if (!m) return null;
  const n = m[1] ? 10 + (parseChineseNumeral(m[1]) ?? 0) : 10;
  const start = planStartYear(n);
  return { year: m[2] === "开局" ? start : start + 4, start: m.index, end: m.index + m[0].length };
}

/**
 * First year of the N-th five-year plan (`十四五` → 2021): the third plan began in 1966 and they
 * have followed each other without gaps since.
 *
 * @example
 * planStartYear(15) // 2026
 */
export function planStartYear(n: number): number {
  return 1966 + 5 * (n - 3);
}

function yearOf(s: string): number | null {
  const n = /^\d{4}$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return n !== null && n >= 1949 && n <= 2200 ? n : null;
}

function numberOf(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function levelOfTitle(title: string): GovernmentLevel {
  if (title === "总理") return "national";
  if (title === "省长" || title === "自治区主席") return "province";
  if (title === "市长" || title === "州长" || title === "盟长") return "city";
  if (title === "县长" || title === "区长" || title === "旗长") return "county";
  return "unknown";
}

const MUNICIPALITIES = /^(?:北京|天津|上海|重庆)市$/;

function levelOfPlace(place: string | null, speakerLevel: GovernmentLevel): GovernmentLevel {
  if (place === null) return speakerLevel;
  if (place === "国务院") return "national";
  if (/省$|自治区$|特别行政区$/.test(place) || MUNICIPALITIES.test(place)) return "province";
  if (speakerLevel !== "unknown") return speakerLevel;
  if (/(?:县|区|旗|自治县)$/.test(place)) return "county";
  if (/(?:市|州|盟)$/.test(place)) return "city";
  return "unknown";
}
