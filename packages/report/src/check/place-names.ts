// Another jurisdiction's name where the report's own belongs: `健康漯河` in 湛河区's report. Drafts are
// copied from neighbours' reports, and the set phrases that carry the local name are where a
// forgotten name survives. A foreign name anywhere else (a partner city, a railway named after two
// cities, a housing estate) is legitimate, so only those set phrases are checked.
import type { ReadReportResult, ReportInfo } from "../types.js";
import type { CheckFinding } from "./check-types.js";
import { type Division, fullNameOf, type Gazetteer, gazetteer, isWithin, lineageOf } from "./gazetteer.js";
import type { InputView } from "./input-view.js";

/** A set phrase that names the report's own place, around a name found at [start, end). */
interface PlaceSlot {
  /** What the phrase is, for the message. */
  readonly kind: string;
  /** Whether the text around the name makes the phrase; returns the phrase's extent. */
  match(text: string, start: number, end: number): { start: number; end: number } | null;
}

const BRAND_WORDS = "健康|平安|法治|美丽|文明|智慧|数字|书香|诚信|清廉|宜居|活力|魅力|人文|韧性";

const BRAND = new RegExp(`^(?:${BRAND_WORDS})$`);

// 城区, 郊区, 矿区, 东区: districts named by the ordinary word for a part of any city, so
// `创建全国文明城区` names no place.
const ORDINARY_WORD_DISTRICT = /^[东西南北城郊矿]区$/;

const slots: PlaceSlot[] = [
  {
    // 健康漯河, 平安湛江建设, 法治漯河: a quality + the place names the place's own programme. The
    // phrase must stand as a slogan (quoted, listed, or built), so that `生活幸福安康` (安康市) is
    // not one.
    kind: "“健康××”“平安××”“法治××”这类以本地地名命名的建设目标",
    match: (text, start, end) => {
      const m = new RegExp(`(?:${BRAND_WORDS})$`).exec(text.slice(Math.max(0, start - 2), start));
      if (!m) return null;
      const from = start - m[0].length;
      const before = text.slice(Math.max(0, from - 8), from);
      const after = text.slice(end, end + 2);
      const slogan =
        /^(?:”|"|、|建设|和|与|及|行动|工程|品牌|示范|创建)/.test(after) ||
        /(?:建设|推进|打造|深化|创建|争创|巩固|水平|“|"|、)[^，。；！？：“”]{0,4}$/.test(before);
      return slogan ? { start: from, end } : null;
    },
  },
  {
    // 漯河法治在线: the place's own platform or brand.
    kind: "以本地地名命名的平台或品牌",
    match: (text, start, end) => {
      const m = /^(?:法治|平安|健康)[\u4e00-\u9fff]{0,4}/.exec(text.slice(end, end + 6));
      return m ? { start, end: end + m[0].length } : null;
    },
  },
  {
    kind: "“讲好××故事”中的本地地名",
    match: (text, start, end) => {
      const before = /讲好(?:新时代)?$/.exec(text.slice(Math.max(0, start - 5), start));
      return before && text.startsWith("故事", end)
        ? { start: start - before[0].length, end: end + 2 }
        : null;
    },
  },
  {
    kind: "“开创××…新局面”中的本地地名",
    match: (text, start, end) => {
      const before = /开创(?:新时代)?$/.exec(text.slice(Math.max(0, start - 5), start));
      if (!before) return null;
      const after = /^[^。！；]{0,30}?新局面/.exec(text.slice(end, end + 40));
      return after ? { start: start - before[0].length, end: end + after[0].length } : null;
    },
  },
  {
    kind: "“××高质量发展”中的本地地名",
    match: (text, start, end) => {
      if (!text.startsWith("高质量发展", end)) return null;
      const before = /以$/.exec(text.slice(start - 1, start));
      const after = /^高质量发展[^。！；]{0,6}?为己任/.exec(text.slice(end, end + 16));
      return { start: before ? start - 1 : start, end: after ? end + after[0].length : end + 5 };
    },
  },
  {
    // 向所有参与漯河区建设、支持漯河区发展的朋友们: the closing thanks name the report's own place.
    kind: "“参与××建设、支持××发展”中的本地地名",
    match: (text, start, end) => {
      const before = /(?:参与|关心|支持|热爱)$/.exec(text.slice(Math.max(0, start - 2), start));
      const after = /^(?:建设|发展)(?=[、，,的和])/.exec(text.slice(end, end + 3));
      return before && after ? { start: start - 2, end: end + 2 } : null;
    },
  },
  {
    kind: "“全××人民”中的本地地名",
    match: (text, start, end) => {
      if (text[start - 1] !== "全") return null;
      const after = /^(?:人民|上下|干部群众)/.exec(text.slice(end, end + 4));
      return after ? { start: start - 1, end: end + after[0].length } : null;
    },
  },
  {
    kind: "“我代表××人民政府”中的本地地名",
    match: (text, start, end) => {
      if (!text.slice(Math.max(0, start - 3), start).endsWith("代表")) return null;
      const after = /^(?:人民)?政府/.exec(text.slice(end, end + 4));
      return after ? { start: start - 2, end: end + after[0].length } : null;
    },
  },
];

/**
 * The report's own jurisdiction in the gazetteer, or null when it is national or not found.
 *
 * @example
 * resolveOwnPlace(gazetteer(), readReport(text).report, text)?.name // "湛河区"
 */
export function resolveOwnPlace(g: Gazetteer, report: ReportInfo, input: string): Division | null {
  const place = report.place;
  if (place === null || report.level === "national" || place === "国务院") return null;
  const exact = (g.byName.get(place) ?? []).filter((d) => d.name === place);
  const candidates = exact.length > 0 ? exact : (g.byName.get(place) ?? []);
  if (candidates.length <= 1) return candidates[0] ?? null;
  // 新华区 is in three cities: take the one whose city and province the text names most.
  let best: Division | null = null;
  let bestScore = -1;
  for (const d of candidates) {
    let score = 0;
    for (const above of lineageOf(g, d).slice(1)) {
      for (const name of [above.name, ...above.shortNames]) score += countOf(input, name);
    }
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

interface NameHit {
  start: number;
  end: number;
  name: string;
  divisions: readonly Division[];
  /** `漯河区`: a short name with a level word that makes no real division. */
  madeUp: boolean;
}

const LEVEL_WORD = /^[省市区县州旗]/;

/**
 * Every division name in the text, longest first at each position, without overlaps.
 *
 * @example
 * findPlaceNames(gazetteer(), "参与漯河区建设").map((h) => h.name) // ["漯河区"] (made up: 漯河 + 区)
 */
export function findPlaceNames(
  g: Gazetteer,
  text: string,
  within: { start: number; end: number } = { start: 0, end: text.length },
): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = within.start; i < within.end; i++) {
    const lengths = g.lengthsByFirstChar.get(text[i] as string);
    if (!lengths) continue;
    for (const len of lengths) {
      if (i + len > within.end) continue;
      const name = text.slice(i, i + len);
      const divisions = g.byName.get(name);
      if (!divisions) continue;
      let end = i + len;
      let madeUp = false;
      const isShort = divisions.every((d) => d.name !== name);
      if (
        isShort &&
        LEVEL_WORD.test(text.slice(end, end + 1)) &&
        !/^[域段划间位块内]/.test(text[end + 1] ?? "")
      ) {
        end++;
        madeUp = !g.byName.has(text.slice(i, end));
        if (!madeUp) end--;
      }
      hits.push({ start: i, end, name: text.slice(i, end), divisions, madeUp });
      i = end - 1;
      break;
    }
  }
  return hits;
}

/**
 * Names of other jurisdictions inside the set phrases that carry the report's own name. Parents
 * and places inside the report's jurisdiction are its own; the national report has no foreign
 * names.
 *
 * @example
 * checkPlaceNames(view, read) // 湛河区's report saying “健康漯河” → PLACE_OTHER_JURISDICTION on "漯河"
 */
export function checkPlaceNames(view: InputView, read: ReadReportResult): CheckFinding[] {
  const g = gazetteer();
  const own = resolveOwnPlace(g, read.report, view.input);
  if (!own) return [];
  const lineage = lineageOf(g, own);
  const isOwn = (d: Division) => lineage.includes(d) || isWithin(g, d, own);
  const text = view.input;
  const findings: CheckFinding[] = [];
  const ownProvince = lineage[lineage.length - 1] as Division;
  for (const hit of findPlaceNames(g, text, view.body)) {
    if (hit.divisions.some(isOwn) || BRAND.test(hit.name) || ORDINARY_WORD_DISTRICT.test(hit.name)) {
      continue;
    }
    // A county's short name is often an ordinary word (合作, 资源, 新城): trust it only for the
    // report's own province, where a neighbour's text may have been copied.
    const plausible = hit.divisions.filter(
      (d) => d.name === hit.name || d.level !== "county" || isWithin(g, d, ownProvince),
    );
    if (plausible.length === 0) continue;
    for (const slot of slots) {
      const phrase = slot.match(text, hit.start, hit.end);
      if (!phrase) continue;
      findings.push({
        code: "PLACE_OTHER_JURISDICTION",
        severity: "error",
        message: messageFor(
          g,
          own,
          lineage,
          { ...hit, divisions: plausible },
          text.slice(phrase.start, phrase.end),
          slot.kind,
        ),
        source: { start: hit.start, end: hit.end },
      });
      break;
    }
  }
  return findings;
}

function messageFor(
  g: Gazetteer,
  own: Division,
  lineage: readonly Division[],
  hit: NameHit,
  phrase: string,
  kind: string,
): string {
  const ownName = own.name;
  const parents = lineage.slice(1).map((d) => d.name);
  const ownWords = `本报告是${ownName}的报告${parents.length ? `（上级：${parents.join("、")}）` : ""}`;
  const meaning = hit.madeUp
    ? `“${hit.name}”不是现有的行政区划，其中“${hit.name.slice(0, -1)}”是${describe(g, hit.divisions)}的简称`
    : `“${hit.name}”是${describe(g, hit.divisions)}`;
  return `“${phrase}”：${meaning}，${ownWords}。${kind}应使用本地名称，此处疑为参考其他地区材料时未改的地名。`;
}

function describe(g: Gazetteer, divisions: readonly Division[]): string {
  const names = divisions.slice(0, 3).map((d) => fullNameOf(g, d));
  return names.length > 1 ? `${names.join("或")}等地` : (names[0] as string);
}
