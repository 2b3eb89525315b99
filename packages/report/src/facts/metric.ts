// What a quantity measures, in the report's own words, from the clause around it.
import type { Direction } from "../types.js";

/** Verbs that open a list of counted things and carry over to its later items (`新增A 10家、B 2家`). */
const LEADING_VERBS = [
  "规范设置",
  "协调解决",
  "提档升级",
  "新开办",
  "新改建",
  "新培育",
  "改扩建",
  "新增",
  "新建",
  "建成",
  "建设",
  "完成",
  "实施",
  "培育",
  "认定",
  "引进",
  "引入",
  "招引",
  "发放",
  "争取",
  "落实",
  "组织",
  "开展",
  "举办",
  "打造",
  "创建",
  "改造",
  "带动",
  "惠及",
  "安装",
  "栽植",
  "修建",
  "组建",
  "设立",
  "办结",
  "下达",
  "拨付",
  "办理",
  "受理",
  "签约",
  "拆除",
  "整治",
  "盘活",
  "解决",
  "申报",
  "招聘",
  "新设",
  "获批",
  "筹集",
  "培训",
  "改建",
  "扩建",
  "治理",
  "提升",
  "推动",
  "支持",
  "压减",
  "压缩",
  "减少",
  "降低",
  "提高",
];

/**
 * The verb a metric opens with, if it is one that carries over a list.
 *
 * @example
 * leadingVerbOf("新增创新型中小企业") // "新增"
 */
export function leadingVerbOf(metric: string): string | null {
  const adverb = /^(?:累计|共|全年|年内|平均)/.exec(metric)?.[0] ?? "";
  const verbs = VERBS_BY_FIRST.get(metric.charCodeAt(adverb.length));
  if (verbs !== undefined) {
    for (const v of verbs)
      if (metric.startsWith(v, adverb.length) && metric.length - adverb.length > v.length) return adverb + v;
  }
  return adverb.length > 0 && metric.length > adverb.length ? adverb : null;
}

/** The leading verbs by their first character's code, in the list's order. */
const VERBS_BY_FIRST = new Map<number, string[]>();
for (const v of LEADING_VERBS) {
  const list = VERBS_BY_FIRST.get(v.charCodeAt(0));
  if (list) list.push(v);
  else VERBS_BY_FIRST.set(v.charCodeAt(0), [v]);
}

const CHANGE_UP = [
  "增长率",
  "增长",
  "增加",
  "提高",
  "提升",
  "上升",
  "上涨",
  "增幅",
  "涨幅",
  "增速",
  "净增",
  "多增",
  "扩大",
  "增收",
  "涨价",
];
const CHANGE_DOWN = [
  "下降",
  "降低",
  "减少",
  "下滑",
  "回落",
  "降幅",
  "压减",
  "削减",
  "缩减",
  "缩小",
  "压降",
  "减排",
  "压缩",
  "缩短",
  "减收",
  "降价",
];
const CHANGE_WORDS: ReadonlyArray<readonly [string, Direction]> = [
  ...CHANGE_UP.map((w) => [w, "up"] as const),
  ...CHANGE_DOWN.map((w) => [w, "down"] as const),
].sort((a, b) => b[0].length - a[0].length);

/**
 * The direction of a rate that a change verb governs through a short object:
 * `压减时间58%`, `提高退休人员基本养老金2%`. Not when the object is itself a rate or share
 * (`提升农村自来水普及率`), nor `增加值`.
 *
 * @example
 * changeDirectionOverObject("平均压减时间") // "down"
 * changeDirectionOverObject("战略性新兴产业增加值占比") // null
 */
export function changeDirectionOverObject(left: string): Direction {
  for (const [word, direction] of CHANGE_WORDS) {
    const at = left.lastIndexOf(word);
    if (at < 0) continue;
    const tail = left.slice(at + word.length);
    if (tail.length === 0 || tail.length > 8) continue;
    // `对工业增长贡献超50%`: the contribution to growth is a share, not a change.
    if (/^[值至到为率]|率|比重|占比|比例|指数|幅|速|贡献|，/.test(tail)) continue;
    return direction;
  }
  return null;
}

/**
 * The direction of a change when the text right before a number ends with a change verb
 * (`增长`, `下降`, `增幅`, `提高`), null when it states a level (`提高到`, `达到`, `新增`).
 *
 * @example
 * changeDirectionBefore("社会消费品零售总额同比增长") // "up"
 * changeDirectionBefore("制造业投资占比提升至") // null
 */
export function changeDirectionBefore(left: string): Direction {
  let t = left;
  // `增长了`, `下降约`, `增速达到`: words between the verb and the number that keep it a change.
  for (;;) {
    const stripped = t.replace(
      /(?:了|约|达到|达|均|分别|同比|比上年|较上年|比去年|年均|控制在|保持在|稳定在|(?:预期)?目标(?:为|是)?)$/,
      "",
    );
    if (stripped === t) break;
    t = stripped;
  }
  const candidates = CHANGE_WORDS_BY_LAST.get(t.charCodeAt(t.length - 1));
  if (candidates !== undefined)
    for (const [word, direction] of candidates) if (t.endsWith(word)) return direction;
  // `PM2.5浓度改善9.6%`: improving a pollutant's concentration, or an index where lower is
  // better, lowers it. Elsewhere 改善 says no direction.
  if (t.endsWith("改善")) {
    const measure = t.slice(0, -2);
    if (IMPROVED_DOWNWARD.test(measure)) return "down";
    // `优良天数比例改善2.1个百分点`: a share of good days or of passing samples rises.
    if (IMPROVED_UPWARD.test(measure)) return "up";
  }
  return null;
}

/** Shares that improve by rising: good days, passing water sections. */
const IMPROVED_UPWARD = /(?:优良|达标)[\u4e00-\u9fff]{0,4}(?:比例|比率|率)(?:同比|比上年|较上年)?$/;

/** What improves by falling: concentrations, pollution and air-quality indexes. */
const IMPROVED_DOWNWARD = /(?:浓度|浓度均值|综合指数|污染指数)(?:同比|比上年|较上年|年均|平均)?$/;

/** The change words by their last character's code, longest first. */
const CHANGE_WORDS_BY_LAST = new Map<number, Array<readonly [string, Direction]>>();
for (const entry of CHANGE_WORDS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = CHANGE_WORDS_BY_LAST.get(last);
  if (list) list.push(entry);
  else CHANGE_WORDS_BY_LAST.set(last, [entry]);
}

/** `1.`, `（2）`, `一是`, `——` opening a list item. */
const LIST_MARKER =
  /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|——)/;
const SCOPE_PREFIX =
  /^(?:[、，和及与并且的了]|\d{4}年(?:底|末)?|我们|我[区县市省旗州]|年底前|年内|到年底|上半年|下半年|全区|全县|全市|全省|全州|全旗|全国|全年|(?:今年|年初)以来|今年|去年|年内|其中|同时|另外|此外|以及|初步预计|预计|力争|确保|争取实现|实现|共)+/;
const LEVEL_SUFFIX =
  /(?:(?:增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小)(?:到|至|为)|达到|平均|达|为|至|到|稳定在|保持在|控制在|提升至|提升到|提高到|提高至|增加到|增加至|增至|降至|降到|下降到|下降至|累计|共计|合计|总计|共|分别|均|各|完成|超过|突破|超|近|约|不少于|不低于|至少|不超过|以上)+$/;
/** `粮食产量首次跃上`: the words of a level passed before the number, with their adverb. */
const LEVEL_PASSED_SUFFIX = /(?:首次|跃上|迈上|站上|登上|跨上|跨过|迈过|跨越)+$/;
/** `同比`, `比上年年初预算`, `较2020年`: what a change is measured against is not the metric. */
/** Words between a verb and the number it counts that only bound it (`各`, `超过`, `近`). */
const BOUND_SUFFIX = /(?:各|共|共计|合计|超过|突破|超|近|约|不少于|不低于|至少|不超过|达到|达)+$/;
const COMPARISON_WORDS =
  /同比|同口径|(?<![占对无可])(?:比|较)(?![重例率])[^，。；、]{0,10}?(?=增加|增长|下降|减少|提高|降低|提升|上升|扩大|缩小|多|少)/g;

/**
 * Tidies the words before a quantity into a metric: scope words (`全区`, `今年`) and the verb that
 * leads to a level (`达到`, `稳定在`) go; a change verb stays.
 *
 * @example
 * tidyMetric("全区养老床位达") // "养老床位"
 * tidyMetric("信访总量同比下降") // "信访总量下降"
 */
export function tidyMetric(text: string, keepVerb = false): string {
  let t = dropComparison(text).replace(/连续\d+(?:年|个月|天)/, "");
  t = t.replace(LIST_MARKER, "");
  // `“雨露计划”（2）救助`: a note marker; `综合指数4.463、下降`: a number with no unit.
  if (t.includes("（")) t = t.replace(/(?<=[\u4e00-\u9fff”》])（\d{1,2}）/g, "");
  if (t.includes(".")) t = t.replace(/(?<=[\u4e00-\u9fff])\d+\.\d+、?(?=[\u4e00-\u9fff]|$)/g, "");
  t = t.replace(SCOPE_PREFIX, "");
  // `动员全省志愿者`: the scope after a verb says where, not what.
  if (t.charCodeAt(2) === 0x5168) t = t.replace(/^([\u4e00-\u9fff]{2})全[省市县区州旗]/, "$1");
  t = t.replace(/(?:控制在|保持在|稳定在)$/, "");
  if (keepVerb) t = t.replace(BOUND_SUFFIX, "");
  else if (changeDirectionBefore(t) === null) {
    // `最低标准提高到每人每月190元`: what the level is per comes after the verb leading to it.
    t = t.replace(LEVEL_SUFFIX, "");
    // Checked by the last character first: most metrics end otherwise, and the pattern is long.
    if (/[上过越次]$/.test(t)) t = t.replace(LEVEL_PASSED_SUFFIX, "").replace(LEVEL_SUFFIX, "");
    if (/每[人户月年天日]$/.test(t))
      t = t.replace(/(?:每[人户])?每[月年天日]$/, "").replace(LEVEL_SUFFIX, "");
  }
  t = t.replace(/^[、，,：:；]+|[、，,：:；的了]+$/g, "");
  return t;
}

/**
 * Drops what a change is measured against (`同比`, `比上年`, `比2015年`), keeping the change.
 *
 * @example
 * dropComparison("比2015年下降") // "下降"
 */
export function dropComparison(text: string): string {
  return text.replace(COMPARISON_WORDS, "");
}

/**
 * Splits the subjects of a `分别` list: `城镇、农村居民人均可支配收入` → 城镇居民人均可支配收入,
 * 农村居民人均可支配收入; `享受户数与金额` → 享受户数, 享受金额.
 *
 * @example
 * splitSubjects("城镇、农村居民人均可支配收入") // ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
 * splitSubjects("高技术制造业、装备制造业增加值") // ["高技术制造业增加值", "装备制造业增加值"]
 */
export function splitSubjects(text: string): string[] {
  // Names may hold 和 (`信息传输软件和信息技术服务业`): split on it only when there is no `、`.
  const items = text.split(text.includes("、") ? "、" : /[和与]/).filter((s) => s.length > 0);
  if (items.length === 1 && text.includes("城乡")) {
    // `城乡居民人均可支配收入分别增长` reports the urban and the rural figure.
    return [text.replace("城乡", "城镇"), text.replace("城乡", "农村")];
  }
  if (items.length < 2) return items;
  const first = items[0] as string;
  const last = items[items.length - 1] as string;
  const others = items.slice(0, -1);
  const isLast = (k: number) => k === items.length - 1;
  if (first.length > last.length && last.length <= 3) {
    // The first item carries the modifier the others share: `享受户数与金额` → 享受金额.
    return items.map((item, k) =>
      k === 0 ? item : first.slice(0, Math.max(0, first.length - item.length)) + item,
    );
  }
  // Parallel short modifiers (`城镇、农村…`, `广州、深圳…`): the last item's modifier is as long.
  const width = first.length;
  if (width <= 4 && others.every((item) => item.length === width)) {
    return items.map((item, k) => (isLast(k) ? item : item + last.slice(Math.min(width, last.length))));
  }
  // `高技术制造业、装备制造业增加值`: after the word the items share.
  // `新材料、生物医药健康产业增速`: the measure the last item names.
  const head = HEAD_WORDS.find((h) => last.endsWith(h) && last.length > h.length);
  return items.map((item, k) => {
    if (isLast(k)) return item;
    const shared = sharedHead(item, last);
    if (shared !== null) return item + shared;
    if (head && !HEAD_WORDS.some((h) => item.endsWith(h))) return item + head;
    return item;
  });
}

/** What a list of subjects is measured by, longest first. */
const HEAD_WORDS = [
  "居民人均可支配收入",
  "人均可支配收入",
  "可支配收入",
  "增加值增速",
  "增加值",
  "增长率",
  "增速",
  "营业收入",
  "收入",
  "产量",
  "产值",
  "出栏量",
  "存栏量",
  "吞吐量",
  "客运量",
  "货运量",
  "销售额",
  "营收",
  "占比",
  "比重",
  "规模",
  "总额",
  "余额",
  "投资",
  "人数",
  "户数",
  "数量",
  "金额",
  "浓度",
  "面积",
  "指数",
  "覆盖率",
  "普及率",
  "达标率",
  "警情",
  "案件",
  "事故",
  "起数",
].sort((a, b) => b.length - a.length);

/** What follows, in the last item, the word an item ends with (`制造业` → `增加值`), or null. */
function sharedHead(item: string, last: string): string | null {
  for (let k = Math.min(item.length, 4); k >= 2; k--) {
    const at = last.indexOf(item.slice(-k));
    if (at >= 0 && at + k < last.length) return last.slice(at + k);
  }
  return null;
}
