// Finds the quantities of a cleaned text: a number with its magnitude, unit and comparator
// (`2.76万吨以上`, `50多个`, `1~2个`, `超千亿元`), leaving out years, identifiers and slogans.

import { parseChineseNumeral } from "../text/chinese-numerals.js";
import type { Comparator } from "../types.js";
import { matchMagnitude, matchUnit } from "./units.js";

export interface Quantity {
  /** Range of the cleaned text from the first digit to the end of unit and comparator. */
  start: number;
  end: number;
  /** End of the unit (before a comparator suffix such as `以上`). */
  unitEnd: number;
  /** Start of a comparator word written before the number (`不少于`), else `start`. */
  prefixStart: number;
  value: number;
  upperValue: number | null;
  unit: string;
  baseUnit: string;
  baseValue: number;
  comparator: Comparator;
  quote: string;
}

const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ["不少于", "gte"],
  ["不低于", "gte"],
  ["不小于", "gte"],
  ["至少", "gte"],
  ["最少", "gte"],
  ["不超过", "lte"],
  ["不高于", "lte"],
  ["不多于", "lte"],
  ["低于", "lte"],
  ["不足", "lte"],
  ["不到", "lte"],
  ["少于", "lte"],
  ["超过", "gt"],
  ["突破", "gt"],
  ["首破", "gt"],
  // `地区生产总值跨过2万亿元`: a level passed, like 突破.
  ["跨过", "gt"],
  ["迈过", "gt"],
  ["跨越", "gt"],
  ["站上", "gt"],
  ["迈上", "gt"],
  ["破", "gt"],
  ["高于", "gt"],
  ["多于", "gt"],
  ["大于", "gt"],
  ["逾", "gt"],
  ["超", "gt"],
  ["过", "gt"],
  ["大约", "approx"],
  ["接近", "approx"],
  ["将近", "approx"],
  ["约", "approx"],
  ["近", "approx"],
];

const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ["以上", "gte"],
  ["以下", "lte"],
  ["以内", "lte"],
  ["左右", "approx"],
  ["上下", "approx"],
  ["有余", "gt"],
];

const RANK_BEFORE = /(?:倒|前|后|排名|排|居|列|位列|位居|跻身)$/;
const DURATION_UNITS = new Set(["月", "天", "小时", "工作日", "分钟"]);
const RANGE_SEPARATORS = new Set(["~", "—", "–", "-", "至", "到"]);
const DATE_OR_ORDINAL_AFTER = new Set([
  "年",
  "月",
  "日",
  "号",
  "时",
  "点",
  "届",
  "期",
  "级",
  "周",
  "岁",
  "代",
]);

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

interface NumberToken {
  start: number;
  end: number;
  value: number;
}

function readNumber(text: string, pos: number): NumberToken | null {
  if (!isDigit(text[pos])) return null;
  let i = pos;
  let digits = "";
  while (i < text.length) {
    const c = text[i];
    if (isDigit(c)) {
      digits += c;
      i++;
    } else if (
      c === "," &&
      isDigit(text[i + 1]) &&
      isDigit(text[i + 2]) &&
      isDigit(text[i + 3]) &&
      !isDigit(text[i + 4])
    ) {
      i++;
    } else break;
  }
  if (text[i] === "." && isDigit(text[i + 1])) {
    digits += ".";
    i++;
    while (isDigit(text[i])) digits += text[i++];
  }
  return { start: pos, end: i, value: Number(digits) };
}

interface UnitTail {
  end: number;
  unitEnd: number;
  unit: string;
  baseUnit: string;
  factor: number;
  suffix: Comparator | null;
}

/** Magnitude, `多`/`余`, unit and comparator after a number ending at `pos`. */
function readUnitTail(text: string, pos: number): UnitTail | null {
  let i = pos;
  let suffix: Comparator | null = null;
  if (text[i] === "多" || text[i] === "余") {
    suffix = "gt";
    i++;
  }
  const magnitude = matchMagnitude(text, i);
  if (magnitude) i += magnitude.text.length;
  if (!suffix && (text[i] === "多" || text[i] === "余")) {
    suffix = "gt";
    i++;
  }
  const unit = matchUnit(text, i);
  if (!unit || !standsAsUnit(text, unit.unit, i + unit.length)) return null;
  // `8亿方`, `5000方/年` are cubic metres; a bare `3方` before a word names parties (`3方协议`).
  if (unit.unit === "方" && !magnitude && /^[\u4e00-\u9fff]/.test(text.slice(i + 1, i + 2)))
    if (!/^(?:以上|以下|以内|左右|多|余)/.test(text.slice(i + 1, i + 3))) return null;
  i += unit.length;
  let unitText = (magnitude?.text ?? "") + unit.unit;
  let baseUnit = unit.base;
  // `2813.8万辆（艘、架、列）次`: the classifiers in brackets are alternatives to the first.
  const alternatives =
    text[i] === "（" ? /^（[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){1,5}）次/.exec(text.slice(i, i + 16)) : null;
  if (alternatives && unit.unit === unit.base && unit.unit.length === 1) {
    i += alternatives[0].length;
    unitText += "次";
    baseUnit += "次";
  }
  const unitEnd = i;
  if (!suffix) {
    for (const [word, comparator] of SUFFIX_COMPARATORS) {
      if (text.startsWith(word, i)) {
        suffix = comparator;
        i += word.length;
        break;
      }
    }
    if (!suffix && (text[i] === "多" || text[i] === "余") && !isUnitStartAt(text, i + 1)) {
      // `3个多月`, `两年多`: a length of time, not a count.
      if ("月年天".includes(text[i + 1] ?? "x")) return null;
      suffix = "gt";
      i++;
    }
  }
  return {
    end: i,
    unitEnd,
    unit: unitText,
    baseUnit,
    factor: magnitude?.factor ?? 1,
    suffix,
  };
}

/**
 * False where a one-character unit starts a word instead (`721片区` names an area, `9成立`, `乡村`):
 * then the number before it is no count.
 */
function standsAsUnit(text: string, unit: string, after: number): boolean {
  const next = text[after] ?? "";
  if (unit === "片") return next !== "区";
  // `12回输电线路`, `2回500千伏线路`: circuits; `回迁`, `回望` are words.
  if (unit === "回") return /^(?:[输线路电\d、，。；）]|$)/.test(next);
  if (unit === "乡" || unit === "镇") return next !== "村" && next !== "街";
  if (unit === "成") return !/[\u4e00-\u9fff]/.test(next) || "的以左多和及与、".includes(next);
  return true;
}

function isUnitStartAt(text: string, i: number): boolean {
  return matchUnit(text, i) !== null;
}

/** The bounds written before a number, by their last character's code, longest first. */
const PREFIX_BY_LAST = new Map<number, Array<readonly [string, Comparator]>>();
for (const entry of PREFIX_COMPARATORS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = PREFIX_BY_LAST.get(last);
  if (list) list.push(entry);
  else PREFIX_BY_LAST.set(last, [entry]);
}

function prefixComparator(text: string, numberStart: number, floor: number): [Comparator, number] | null {
  const candidates = numberStart > floor ? PREFIX_BY_LAST.get(text.charCodeAt(numberStart - 1)) : undefined;
  if (candidates === undefined) return null;
  for (const [word, comparator] of candidates) {
    const s = numberStart - word.length;
    if (s < floor) continue;
    if (text.startsWith(word, s)) {
      // `超额`, `赶超` are not bounds; only the bare word right before the number.
      if (word === "超" && (text[s - 1] === "赶" || text[s - 1] === "高")) continue;
      if (word === "近" && (text[s - 1] === "最" || text[s - 1] === "附" || text[s - 1] === "临")) continue;
      if (word === "过" && "通经超不度越跨错难".includes(text[s - 1] ?? "")) continue;
      // `年产值破百亿元` is a bound; `打破`, `攻破`, `冲破` are other words.
      if (word === "破" && "打攻击冲爆".includes(text[s - 1] ?? "")) continue;
      // `签约`, `节约`, `制约` are words, not `约` (about).
      if (word === "约" && "签节制合契违履预特公集简相邀".includes(text[s - 1] ?? "")) continue;
      return [comparator, s];
    }
  }
  return null;
}

/** A rank stated in the same clause, within a few words after `end`. */
function ranksWithin(text: string, end: number, limit: number): boolean {
  let k = end;
  while (k < limit && k - end < 24) {
    const c = text.charCodeAt(k);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 10) break;
    k++;
  }
  return /排名|排第|排在|位列|位居|居第|名列/.test(text.slice(end, k));
}

/** `超每千人6.6批次`, `不低于每万人40张`: a bound written before the `每…` a rate is per. */
function prefixBeforeRate(text: string, pos: number, floor: number): [Comparator, number] | null {
  const per = /每[\u4e00-\u9fff]{1,3}$/.exec(text.slice(Math.max(floor, pos - 4), pos));
  return per ? prefixComparator(text, pos - per[0].length, floor) : null;
}

const LEVEL_PASSED = /^(?:跨过|迈过|跨越|站上|迈上)$/;

/** After a level passed, the amount ends its clause or names the level (`…新台阶`, `…大关`). */
function passesAmount(text: string, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const c = text.charCodeAt(end);
  if (c < 0x4e00 || c > 0x9fff) return true;
  return /^(?:新?(?:台阶|大关|关口)|以上|左右|和|及|、)/.test(text.slice(end, end + 3));
}

/**
 * `粮食产量跃上1.4万亿斤新台阶`, `跨越1万亿元大关`: a level passed for the first time, so more
 * than the number (the number stands in `text.slice(before, after)`).
 *
 * @example
 * reachesNewLevel("跃上1.4万亿斤新台阶", 2, 8, 0) // true
 */
export function reachesNewLevel(text: string, before: number, after: number, floor: number): boolean {
  if (!/^新?(?:台阶|大关|关口)/.test(text.slice(after, after + 3))) return false;
  return /(?:跃上|迈上|站上|登上|跨上|跨越|跃升至|跃升到|跨过|迈过)$/.test(
    text.slice(Math.max(floor, before - 3), before),
  );
}

/**
 * `举办培训班超10期`, `10期以上`: a count of runs, not an issue number, where a bound stands with
 * it or the clause ends after it. `连续举办5届博览会`: a count of editions after the verb that
 * holds them (`第六届`, `2024届毕业生` name one).
 */
function isCountOfRuns(text: string, pos: number, end: number, floor: number): boolean {
  if (text[end] === "届")
    return (
      end - pos <= 3 &&
      (/(?:举办|承办|举行|召开|办|连续|累计|共)$/.test(text.slice(Math.max(floor, pos - 3), pos)) ||
        prefixComparator(text, pos, floor) !== null)
    );
  if (text[end] !== "期") return false;
  const before = pos > floor ? text[pos - 1] : "";
  if (/^(?:以上|左右|[，。；、]|$)/.test(text.slice(end + 1, end + 3)) && before !== "年" && before !== "第")
    return true;
  return prefixComparator(text, pos, floor) !== null;
}

/** True when `pos` sits inside a short quoted name (`“100把扫帚”模式`) or a title in 《》. */
function insideQuotedName(text: string, pos: number, floor: number): boolean {
  // One scan back for the three kinds of quote: “…”, 《…》 and "…".
  let curly = 0; // 1: opened, -1: closed before an opening
  let title = 0;
  let straight = 0;
  for (let k = pos - 1; k >= floor && pos - k <= 24; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 10) break;
    if (c === 0x201d && curly === 0) curly = -1;
    else if (c === 0x201c && curly === 0) curly = 1;
    else if (c === 0x300b && title === 0) title = -1;
    else if (c === 0x300a && title === 0) title = 1;
    else if (c === 34 && straight === 0) straight = 1;
  }
  if (curly !== 1 && title !== 1 && straight !== 1) return false;
  const limit = Math.min(text.length, pos + 24);
  for (let j = pos; j < limit; j++) {
    const c = text.charCodeAt(j);
    if ((c === 0x201d && curly === 1) || (c === 0x300b && title === 1) || (c === 34 && straight === 1))
      return true;
  }
  return false;
}

/**
 * Finds the quantities in `text.slice(from, to)`, in order.
 *
 * @example
 * findQuantities("新建5G基站78个以上", 0, 11).map((q) => q.quote) // ["78个以上"]
 */
export function findQuantities(text: string, from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const q = readQuantityAt(text, i, from, to);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
      while (i < to && isNumberPart(text.charCodeAt(i))) i++;
      continue;
    }
    // 万 千 亿 百: `超千亿元`
    if (c === 0x4e07 || c === 0x5343 || c === 0x4ebf || c === 0x767e) {
      const q = readBareMagnitudeAt(text, i, from, to);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
    }
    if (CHINESE_COUNT_START[c] === 1) {
      const q = readBoundChineseCountAt(text, i, from, to) ?? readChineseTenthsAt(text, i, from, to);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

const isNumberPart = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 44;

function readQuantityAt(text: string, pos: number, floor: number, limit: number): Quantity | null {
  const before = text[pos - 1];
  if (
    isLetter(before) ||
    before === "#" ||
    before === "+" ||
    before === "/" ||
    before === "第" ||
    before === "."
  ) {
    return null;
  }
  if (before === "-" && isDigit(text[pos - 2])) return null;
  // `第1、2名`: the ordinal covers the list.
  if (before === "、" && /第\d+(?:、\d+)*、$/.test(text.slice(Math.max(floor, pos - 16), pos))) return null;
  const num = readNumber(text, pos);
  if (!num) return null;
  const after = text[num.end];
  if (isLetter(after) || after === "#" || after === "+" || after === "/" || after === "：" || after === ":")
    return null;
  if (after !== undefined && DATE_OR_ORDINAL_AFTER.has(after) && !isCountOfRuns(text, pos, num.end, floor)) {
    return lengthOfLife(text, pos, num, floor);
  }
  if (after === "-" && isDigit(text[num.end + 1])) {
    // `2026-02-03`, `2021-2025`: dates and spans, unless a unit follows the second number.
    const second = readNumber(text, num.end + 1);
    if (!second || !readUnitTail(text, second.end)) return null;
  }
  if (insideQuotedName(text, pos, floor)) return null;

  let tail =
    readUnitTail(text, num.end) ??
    sharedListUnit(text, num.end) ??
    unitAfterList(text, num.end, limit) ??
    unwrittenPeople(text, num.end, floor, limit);
  let upper: NumberToken | null = null;
  // A range: `1~2个`, `4.5%—5%`, `3至5家`.
  const sepAt = tail ? tail.unitEnd : num.end;
  const sep = text[sepAt];
  if (sep !== undefined && RANGE_SEPARATORS.has(sep) && (!tail || tail.end === tail.unitEnd)) {
    const second = readNumber(text, sepAt + 1);
    if (second) {
      const secondTail = readUnitTail(text, second.end);
      if (secondTail && (!tail || tail.baseUnit === secondTail.baseUnit)) {
        upper = second;
        tail = { ...secondTail, factor: tail?.factor ?? secondTail.factor };
        if (text[second.end] !== undefined && isLetter(text[second.end])) return null;
      }
    }
  }
  if (!tail || tail.end > limit) return null;
  if (tail.baseUnit === "成" && (tail.factor !== 1 || num.value > 10)) return null;
  // `排名倒26名`, `前10位`: ranks; `连续10个月`: how long something lasted.
  if (
    (tail.baseUnit === "名" || tail.baseUnit === "位") &&
    RANK_BEFORE.test(text.slice(Math.max(floor, pos - 3), pos))
  ) {
    return null;
  }
  if (
    DURATION_UNITS.has(tail.baseUnit) &&
    /(?:连续|持续|长达)$/.test(text.slice(Math.max(floor, pos - 3), pos))
  ) {
    return null;
  }
  // `在168个重点城市空气质量排名倒26名`: the field a rank is taken in, not a count of results.
  if (
    /在[\u4e00-\u9fff]{0,3}$/.test(text.slice(Math.max(floor, pos - 4), pos)) &&
    ranksWithin(text, tail.end, limit)
  )
    return null;
  // `1对1帮扶`: a pattern, not a count.
  if (tail.unit.endsWith("对") && isDigit(text[tail.unitEnd])) return null;
  // `5个方面`, `3个位次`: the report's own structure and ranks; `15分钟生活圈`: a concept's name.
  const after2 = text.slice(tail.end, tail.end + 8);
  if (/^(?:方面|位次|名次)/.test(after2) || (tail.baseUnit === "位" && /^次/.test(after2))) return null;
  if (
    (tail.baseUnit === "分钟" || tail.baseUnit === "公里" || tail.baseUnit === "小时") &&
    /^[\u4e00-\u9fff]{0,6}圈/.test(after2)
  ) {
    return null;
  }
  let prefix = prefixComparator(text, pos, floor) ?? prefixBeforeRate(text, pos, floor);
  // `跨过2万亿元`: a level passed bounds an amount; `跨过3个万亿级关口` counts the levels.
  if (prefix && LEVEL_PASSED.test(text.slice(prefix[1], pos)) && !passesAmount(text, tail.end, limit))
    prefix = null;
  let comparator: Comparator = upper ? "range" : (tail.suffix ?? prefix?.[0] ?? "eq");
  if (!upper && tail.suffix === null && prefix) comparator = prefix[0];
  if (comparator === "eq" && reachesNewLevel(text, prefix ? prefix[1] : pos, tail.end, floor))
    comparator = "gt";
  const value = num.value;
  const end = tail.end;
  return {
    start: pos,
    end,
    unitEnd: tail.unitEnd,
    prefixStart: prefix ? prefix[1] : pos,
    value,
    upperValue: upper ? upper.value : null,
    unit: tail.unit,
    baseUnit: tail.baseUnit,
    baseValue: tail.factor === 1 ? value : roundValue(value * tail.factor),
    comparator,
    quote: text.slice(pos, end),
  };
}

/**
 * `单日最高客运量达1409万、1305万人次`: a number with a magnitude but no unit borrows the unit of
 * the next item of its list.
 */
function sharedListUnit(text: string, pos: number): UnitTail | null {
  const magnitude = matchMagnitude(text, pos);
  if (!magnitude) return null;
  const sep = pos + magnitude.text.length;
  if (!"、和及至".includes(text[sep] ?? "x")) return null;
  const second = readNumber(text, sep + 1);
  if (!second) return null;
  const tail = readUnitTail(text, second.end);
  if (!tail || !matchMagnitude(text, second.end)) return null;
  const unit = matchUnit(text, second.end + (matchMagnitude(text, second.end)?.text.length ?? 0));
  if (!unit) return null;
  return {
    end: sep,
    unitEnd: sep,
    unit: magnitude.text + unit.unit,
    baseUnit: unit.base,
    factor: magnitude.factor,
    suffix: null,
  };
}

/** How many bare numbers a list may hold before the one that writes the unit they share. */
const LIST_ITEMS = 12;

/**
 * `分别提高12、18个百分点`, `分别增长3、5、8倍`, `1.2、3.5万吨`: bare numbers listed before the
 * last, which writes the unit (magnitude included) they all share.
 */
function unitAfterList(text: string, pos: number, limit: number): UnitTail | null {
  let at = pos;
  for (let k = 0; k < LIST_ITEMS; k++) {
    if (at >= limit || !"、和及".includes(text[at] as string)) return null;
    const next = readNumber(text, at + 1);
    if (!next) return null;
    const tail = readUnitTail(text, next.end);
    if (tail) {
      if (DATE_OR_ORDINAL_AFTER.has(text[next.end] as string) || tail.end > limit) return null;
      return {
        end: pos,
        unitEnd: pos,
        unit: tail.unit,
        baseUnit: tail.baseUnit,
        factor: tail.factor,
        suffix: null,
      };
    }
    // `2023、2024年`: years are no list of quantities.
    if (next.end - next.start === 4 && !text.slice(next.start, next.end).includes(".")) return null;
    at = next.end;
  }
  return null;
}

const PEOPLE_AFTER =
  /^(?:\d{1,3}岁(?:以上|以下)?)?(?:老人|老年人|群众|居民|人口|农民工|农民|职工|学生|儿童|青年|市民|村民|患者|妇女|劳动力|游客|旅客)/;
const PEOPLE_BEFORE = /(人数|人口|人员|游客|旅客|客流|人次|户数)[^，。；：、]{0,6}$/;

/**
 * `参保人数突破5100万`, `8.8万京津老人`: a count of people written with its magnitude only, the
 * people named by the words before it or the noun after it.
 */
function unwrittenPeople(text: string, pos: number, floor: number, limit: number): UnitTail | null {
  const magnitude = matchMagnitude(text, pos);
  if (!magnitude || magnitude.factor < 1e4) return null;
  const end = pos + magnitude.text.length;
  const after = text.slice(end, end + 9);
  let unit: string | null = null;
  const noun = PEOPLE_AFTER.exec(after) ?? PEOPLE_AFTER.exec(after.slice(2));
  if (noun) unit = /游客|旅客/.test(noun[0]) ? "人次" : "人";
  else if (end >= limit || isClauseEnd(text.charCodeAt(end))) {
    const words = PEOPLE_BEFORE.exec(text.slice(Math.max(floor, pos - 14), pos));
    if (words)
      unit = /游客|旅客|客流|人次/.test(words[1] as string) ? "人次" : words[1] === "户数" ? "户" : "人";
  }
  if (unit === null) return null;
  return {
    end,
    unitEnd: end,
    unit: magnitude.text + unit,
    baseUnit: unit,
    factor: magnitude.factor,
    suffix: null,
  };
}

/**
 * `人均受教育年限达到11.7年`, `人均预期寿命79.5岁`: a length of time, not a year or an age limit —
 * a year is never written with decimals, and an age is a fact only as a life expectancy.
 */
function lengthOfLife(text: string, pos: number, num: NumberToken, floor: number): Quantity | null {
  const unit = text[num.end];
  const decimal = text.slice(pos, num.end).includes(".");
  const lifeSpan = unit === "岁" && /寿命/.test(text.slice(Math.max(floor, pos - 10), pos));
  if (!((unit === "年" && decimal) || (unit === "岁" && (decimal || lifeSpan)))) return null;
  let end = num.end + 1;
  let comparator: Comparator = "eq";
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, end)) {
      comparator = c;
      end += word.length;
      break;
    }
  }
  const prefix = prefixComparator(text, pos, floor);
  if (comparator === "eq" && prefix) comparator = prefix[0];
  return {
    start: pos,
    end,
    unitEnd: num.end + 1,
    prefixStart: prefix ? prefix[1] : pos,
    value: num.value,
    upperValue: null,
    unit: unit as string,
    baseUnit: unit as string,
    baseValue: num.value,
    comparator,
    quote: text.slice(pos, end),
  };
}

// 一 二 两 三 四 五 六 七 八 九 十
const CHINESE_COUNT_START = new Uint8Array(0x10000);
for (const c of "一二两三四五六七八九十") CHINESE_COUNT_START[c.charCodeAt(0)] = 1;

/**
 * `至少打造一个多业态特色消费街区`: a count in Chinese numerals is a quantity only after a bound
 * (至少, 不少于, 超过); elsewhere such numerals name slogans and structure (`两个毫不动摇`, `十方面`).
 */
function readBoundChineseCountAt(text: string, pos: number, floor: number, limit: number): Quantity | null {
  if (pos > floor && NUMERAL_CHARS.includes(text[pos - 1] as string)) return null;
  let end = pos;
  while (end < limit && end - pos < 5 && "一二两三四五六七八九十百千万".includes(text[end] as string)) end++;
  // `三百余场`, `十多家`: `余`/`多` is the bound.
  const more = end - pos >= 2 || text[pos] === "十" ? /^[余多]/.test(text.slice(end, end + 1)) : false;
  // The bound may stand before a short verb: `至少打造一个`.
  const found = more
    ? null
    : (prefixComparator(text, pos, floor) ?? prefixComparatorBeforeVerb(text, pos, floor));
  const prefix = found && !text.startsWith("约", found[1]) && !text.startsWith("近", found[1]) ? found : null;
  // `增长一倍`, `提高两个百分点`: a change in Chinese numerals.
  const change =
    !prefix &&
    !more &&
    /(?:增长|提高|提升|下降|降低|增加|减少|扩大|缩小)$/.test(text.slice(Math.max(floor, pos - 2), pos));
  if (!prefix && !more && !change) return null;
  const value = parseChineseNumeral(text.slice(pos, end));
  if (value === null || value === 0) return null;
  const unitStart = more ? end + 1 : end;
  const unit = matchUnit(text, unitStart);
  if (!unit || unit.unit === "年" || unit.base === "%" || unit.base === "成") return null;
  if (change && unit.base !== "倍" && unit.base !== "百分点") return null;
  if (!standsAsUnit(text, unit.unit, unitStart + unit.length)) return null;
  const unitEnd = unitStart + unit.length;
  if (unitEnd > limit || /^(?:方面|是|批|类)/.test(text.slice(unitEnd, unitEnd + 2))) return null;
  return {
    start: pos,
    end: unitEnd,
    unitEnd,
    prefixStart: prefix ? prefix[1] : pos,
    value,
    upperValue: null,
    unit: unit.unit,
    baseUnit: unit.base,
    baseValue: value,
    comparator: prefix ? prefix[0] : more ? "gt" : "eq",
    quote: text.slice(pos, unitEnd),
  };
}

/** The words a share in tenths follows: a bound, a share's verb, a change, or `的` (`全省的七成`). */
const TENTHS_BEFORE = /(?:占|达|达到|为|在|增加|增长|提高|提升|下降|减少|降低|了|的)$/;

/**
 * `增加五成以上`, `稳定在八成左右`, `超七成`: a share in tenths written in Chinese numerals, where a
 * bound or a share's verb stands before it and the clause ends or a bound follows (so `一成不变`,
 * `统一成立` stay words).
 */
function readChineseTenthsAt(text: string, pos: number, floor: number, limit: number): Quantity | null {
  if (text[pos + 1] !== "成" || pos + 2 > limit) return null;
  const value = "一二三四五六七八九".indexOf(text[pos] as string) + 1;
  if (value === 0 || (pos > floor && NUMERAL_CHARS.includes(text[pos - 1] as string))) return null;
  const unitEnd = pos + 2;
  let end = unitEnd;
  let suffix: Comparator | null = null;
  for (const [word, comparator] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, unitEnd)) {
      suffix = comparator;
      end += word.length;
      break;
    }
  }
  if (!suffix && text[unitEnd] === "多") {
    suffix = "gt";
    end++;
  }
  if (end > limit) return null;
  if (!suffix && end < limit && !isClauseEnd(text.charCodeAt(end)) && text[end] !== "的") return null;
  const prefix = prefixComparator(text, pos, floor);
  if (!prefix && !TENTHS_BEFORE.test(text.slice(Math.max(floor, pos - 2), pos))) return null;
  return {
    start: pos,
    end,
    unitEnd,
    prefixStart: prefix ? prefix[1] : pos,
    value,
    upperValue: null,
    unit: "成",
    baseUnit: "成",
    baseValue: value,
    comparator: suffix ?? prefix?.[0] ?? "eq",
    quote: text.slice(pos, end),
  };
}

function prefixComparatorBeforeVerb(text: string, pos: number, floor: number): [Comparator, number] | null {
  const found = prefixComparator(text, pos - 2, floor);
  return found &&
    (found[0] === "gte" || found[0] === "gt") &&
    /^[\u4e00-\u9fff]{2}$/.test(text.slice(pos - 2, pos))
    ? found
    : null;
}

const NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿数几";

/**
 * `超千亿元`, `突破万亿元`, `千亿元以上`: a magnitude with no digit, after or before a bound;
 * `千余场`, `万余人`: one with `余`/`多`, which counts.
 */
function readBareMagnitudeAt(text: string, pos: number, floor: number, limit: number): Quantity | null {
  // `三千余`, `数千`: the magnitude ends a longer numeral.
  if (pos > floor && NUMERAL_CHARS.includes(text[pos - 1] as string)) return null;
  // `突破百条`: a hundred stands alone only here, where no digit can run into it (`百分点`).
  const magnitude =
    matchMagnitude(text, pos) ??
    (text.charCodeAt(pos) === 0x767e && text[pos + 1] !== "分" ? { text: "百", factor: 100 } : null);
  if (!magnitude) return null;
  let i = pos + magnitude.text.length;
  const more = text[i] === "余" || text[i] === "多";
  if (more) i++;
  const unit = matchUnit(text, i);
  if (!unit || !standsAsUnit(text, unit.unit, i + unit.length)) return null;
  const unitEnd = i + unit.length;
  let end = unitEnd;
  let suffix: Comparator | null = more ? "gt" : null;
  if (!suffix) {
    for (const [word, comparator] of SUFFIX_COMPARATORS) {
      if (text.startsWith(word, end)) {
        suffix = comparator;
        end += word.length;
        break;
      }
    }
  }
  if (end > limit) return null;
  const found = prefixComparator(text, pos, floor) ?? aboveRound(text, pos, floor);
  const prefix =
    found && (found[0] === "gt" || found[0] === "approx") && !text.startsWith("约", found[1]) ? found : null;
  const comparator = suffix ?? prefix?.[0];
  if (!comparator) return null;
  // `超百亿元企业8家`, `百亿元以上项目`: a class of things, not an amount; only a bound ending its
  // clause counts. `千余场`, `万余名群众` count whatever follows.
  if (!more && end < limit && !isClauseEnd(text.charCodeAt(end))) return null;
  return {
    start: pos,
    end,
    unitEnd,
    prefixStart: prefix ? prefix[1] : pos,
    value: 1,
    upperValue: null,
    unit: magnitude.text + unit.unit,
    baseUnit: unit.base,
    baseValue: magnitude.factor,
    comparator,
    quote: text.slice(pos, end),
  };
}

/**
 * `吸引参赛队伍上万支`, `带动上千人就业`: `上` before a round magnitude means more than it; not where
 * `上` ends a word (`线上`, `网上`, `以上`, `马上`).
 */
function aboveRound(text: string, pos: number, floor: number): [Comparator, number] | null {
  if (pos - 1 < floor || text[pos - 1] !== "上") return null;
  return "线网以马向之早晚".includes(text[pos - 2] as string) ? null : ["gt", pos - 1];
}

/** ，。；、 and the line end. */
const isClauseEnd = (c: number) => c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3001 || c === 10;

function roundValue(v: number): number {
  // 272.45 × 1e8 is 27244999999.999996 in floating point.
  return Number.isInteger(v) ? v : Number.parseFloat(v.toPrecision(12));
}
