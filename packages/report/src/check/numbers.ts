// Numbers that contradict each other: one metric with two values for one period, a target below
// last year's result, shares above 100%, a part above its total, five years below one of them.
// Facts come from the reader; a metric is compared under a key that ignores the verbs reports put
// in front of it (`新增城镇就业` and `城镇新增就业` are one metric).
import type { Fact, ReadReportResult } from "../types.js";
import type { CheckFinding } from "./check-types.js";
import type { InputView } from "./input-view.js";

const LEADING_VERBS =
  /^(?:全年|全区|全县|全市|全省|累计|新增|新建|新开办|新设|增加|完成|实现|开展|实施|组织|发放|建成|培育|引进|举办|争取|落实)+/;

/**
 * The key two facts must share to be the same metric: the metric without leading verbs,
 * `各类`/`各项`, `新增` and spaces.
 *
 * @example
 * metricKey("开展各类职业技能培训") // "职业技能培训"
 * metricKey("城镇新增就业") // "城镇就业"
 */
export function metricKey(metric: string): string {
  return metric
    .replace(/\s+/g, "")
    .replace(LEADING_VERBS, "")
    .replace(/各类|各项|新增/g, "");
}

// Metrics where less is better or that are bounds, not amounts to reach.
const LESS_IS_BETTER =
  /下降|降低|减少|压减|压降|控制|以内|不超过|能耗|排放|发案|事故|死亡|失业|债务|赤字|价格|涨幅|浓度|人口|率|比重|占比/;
// Levels and stocks: a five-year figure of these is not a sum of the years.
const LEVEL_METRIC =
  /产量|总量|余额|总数|面积|规模|保有|人口|收入|总值|增加值|产值|营收|税收|库|存量|达到|稳定|保持|率|比重|占比/;
const FLOW_START =
  /^(?:累计|新增|新建|新开办|新设|完成|建成|改造|实施|发放|培育|引进|招聘|开展|组织|拆除|新造|解决|签约|落地|办结|调解|认定|争取|建设|举办|帮扶|转移|培训)/;
/** Metrics counting what is added in the period, as against a stock (`新增经营主体` vs `经营主体`). */
const ADDED = /新增|新建|新设|增加|新开办|新培育|新入库|新引进/;
// A target this much below last year's result is a question; a few percent below is the usual
// rounded floor (`1200万人以上` after 1256万人) and not worth a drafter's time.
const MATERIAL_SHORTFALL = 0.1;

const GENERIC_KEYS = new Set(["投资", "项目", "资金", "营收", "税收", "收入", "人次", "企业", "面积"]);

/** A base value without float noise: `5790000` rather than `5789999.999999999`. */
const plainNumber = (n: number) => String(Number(n.toPrecision(12)));

function factText(view: InputView, f: Fact): string {
  return view.input.slice(f.source.start, f.source.end).replace(/\s+/g, "");
}

function quoteOf(view: InputView, f: Fact): string {
  return `${f.metric}${factText(view, f)}`;
}

const isAmount = (f: Fact) => f.kind === "amount" && f.baseUnit !== "%" && !/百分点/.test(f.unit);

/** `每千人6.6批次`, `人均…`: a ratio, not a count that parts add up to. */
function isRate(view: InputView, f: Fact): boolean {
  const before = view.input.slice(Math.max(f.sentence.start, f.source.start - 8), f.source.start);
  return /人均|户均|平均|每/.test(f.metric) || /每[^，。；]{0,5}$/.test(before);
}

/**
 * One metric given two different values for the same period in different sentences.
 *
 * @example
 * checkMetricConflicts(view, read) // 新建5G基站120个 … 新建5G基站150个 → METRIC_CONFLICT on "150个"
 */
export function checkMetricConflicts(view: InputView, read: ReadReportResult): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const byKey = new Map<string, Fact[]>();
  for (const f of read.facts) {
    // A figure in a paragraph that looks back over several years may be a total the reader dated
    // to last year; two such figures are not a contradiction.
    if (f.comparator !== "eq" || isRate(view, f) || looksBackOverYears(view, f)) continue;
    // Stricter than metricKey: `新增经营主体` (a flow) and `经营主体` (the stock) differ here.
    const key = f.metric.replace(/\s+/g, "").replace(/各类|各项/g, "");
    if (metricKey(key).length < 4 || GENERIC_KEYS.has(metricKey(key))) continue;
    const k = `${f.period}|${f.status}|${f.kind}|${f.baseUnit}|${key}`;
    const list = byKey.get(k) ?? [];
    list.push(f);
    byKey.set(k, list);
  }
  for (const list of byKey.values()) {
    for (let i = 1; i < list.length; i++) {
      const f = list[i] as Fact;
      const earlier = list
        .slice(0, i)
        .find((e) => e.baseValue !== f.baseValue && e.sentence.start !== f.sentence.start);
      if (!earlier || list.slice(0, i).some((e) => e.baseValue === f.baseValue)) continue;
      const period = f.period.includes("-") ? `${f.period.replace("-", "—")}年` : `${f.period}年`;
      findings.push({
        code: "METRIC_CONFLICT",
        severity: "error",
        message: `“${quoteOf(view, f)}”与前文“${quoteOf(view, earlier)}”说的是同一指标、同一时期（${period}${f.status === "target" ? "目标" : "实绩"}），数值却不同（${factText(view, f)} 与 ${factText(view, earlier)}）；同一数据全文应一致。`,
        source: f.source,
        related: [earlier.source],
      });
    }
  }
  return findings;
}

/**
 * This year's target below last year's result for the same metric: a question, not an error.
 *
 * @example
 * checkTargetsBelowResults(view, read) // 15461人 in 2025, 8000人以上 in 2026 → TARGET_BELOW_RESULT
 */
export function checkTargetsBelowResults(view: InputView, read: ReadReportResult): CheckFinding[] {
  const year = read.report.year;
  if (year === null) return [];
  const results = new Map<string, Fact>();
  for (const f of read.facts) {
    if (f.status !== "actual" || f.period !== String(year - 1) || !isAmount(f)) continue;
    const key = `${f.baseUnit}|${metricKey(f.metric)}`;
    if (!results.has(key)) results.set(key, f);
  }
  const findings: CheckFinding[] = [];
  // A target stated twice (the headline paragraph and its theme) is one question.
  const asked = new Map<string, CheckFinding>();
  for (const t of read.facts) {
    if (t.status !== "target" || t.period !== String(year) || !isAmount(t) || t.comparator === "lte")
      continue;
    if (LESS_IS_BETTER.test(t.metric)) continue;
    const key = metricKey(t.metric);
    if (key.length < 2) continue;
    const result = results.get(`${t.baseUnit}|${key}`);
    if (!result || LESS_IS_BETTER.test(result.metric) || ADDED.test(t.metric) !== ADDED.test(result.metric))
      continue;
    if (t.baseValue >= result.baseValue * (1 - MATERIAL_SHORTFALL)) continue;
    // `完成投资` alone could be any programme's: the words before it must name the same one.
    if ((key.length <= 2 || GENERIC_KEYS.has(key)) && !sameSubject(view, t, result)) continue;
    const shortfall = Math.round((1 - t.baseValue / result.baseValue) * 100);
    const again = asked.get(`${key}|${t.baseUnit}|${t.baseValue}`);
    if (again) {
      again.related?.push(t.source);
      continue;
    }
    const finding: CheckFinding = {
      code: "TARGET_BELOW_RESULT",
      severity: "question",
      message: `今年目标“${quoteOf(view, t)}”比上年（${year - 1}年）已完成的“${quoteOf(view, result)}”低${shortfall}%。目标明显低于上年实绩时，代表常会问原因：请确认是有意调整（如口径变化、一次性因素），还是沿用了旧目标。`,
      source: t.source,
      related: [result.source],
    };
    asked.set(`${key}|${t.baseUnit}|${t.baseValue}`, finding);
    findings.push(finding);
  }
  return findings;
}

const SHARE =
  /(?:占比|比重|比例|覆盖率|普及率|达标率|合格率|参保率|入园率|巩固率|优良率|处理率|收集率|治理率|利用率|知晓率|满意率|满意度|化率|保有率|入学率|就业率|通过率|到位率|办结率|回复率|清零率)$/;
const NOT_A_SHARE = /(?:完成率|增长率|执行率|贡献率|回报率|收益率|增速|完成)$/;

/**
 * A share or rate written above 100%.
 *
 * @example
 * checkSharesOver100(view, read) // 森林覆盖率达到103% → SHARE_OVER_100 on "103%"
 */
export function checkSharesOver100(view: InputView, read: ReadReportResult): CheckFinding[] {
  return read.facts
    .filter(
      (f) =>
        f.kind === "amount" &&
        f.baseUnit === "%" &&
        f.value > 100 &&
        SHARE.test(f.metric.replace(/(?:达到|达|为|保持|提高到|提升至|提升到)$/, "")) &&
        !NOT_A_SHARE.test(f.metric),
    )
    .map((f) => ({
      code: "SHARE_OVER_100" as const,
      severity: "error" as const,
      message: `“${quoteOf(view, f)}”是占比或比率，不能超过100%；请核对数值或指标名称（是否应为增长率或完成率）。`,
      source: f.source,
    }));
}

/**
 * A part larger than its total: `…N个，其中…M个` with M > N, or a `新增` figure above the total
 * (`总量`, `总数`, `累计`) stated in the same sentence.
 *
 * @example
 * checkPartsAgainstTotals(view, read) // 新建5G基站120个，其中农村地区150个 → on "150个"
 */
export function checkPartsAgainstTotals(view: InputView, read: ReadReportResult): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const bySentence = new Map<number, Fact[]>();
  for (const f of read.facts) {
    if (!isAmount(f) || isRate(view, f)) continue;
    const list = bySentence.get(f.sentence.start) ?? [];
    list.push(f);
    bySentence.set(f.sentence.start, list);
  }
  for (const facts of bySentence.values()) {
    facts.sort((a, b) => a.source.start - b.source.start);
    for (let i = 0; i < facts.length; i++) {
      const part = facts[i] as Fact;
      for (let j = i - 1; j >= 0; j--) {
        const total = facts[j] as Fact;
        if (total.baseUnit !== part.baseUnit) continue;
        const between = view.input.slice(total.source.end, part.source.start);
        if (!/其中/.test(between) || /[。；]/.test(between)) continue;
        // The nearest same-unit figure before `其中` is the total.
        if (
          facts
            .slice(j + 1, i)
            .some(
              (x) =>
                x.baseUnit === part.baseUnit &&
                /其中/.test(view.input.slice(x.source.end, part.source.start)),
            )
        )
          break;
        if (part.baseValue > total.baseValue) {
          findings.push({
            code: "PART_EXCEEDS_TOTAL",
            severity: "error",
            message: `“其中”之后的“${quoteOf(view, part)}”大于它所属的总数“${quoteOf(view, total)}”；部分不能大于整体，请核对两个数字。`,
            source: part.source,
            related: [total.source],
          });
        }
        break;
      }
    }
    const totals = facts.filter((f) => /总量|总数|累计|总计|合计/.test(f.metric) && !/新增/.test(f.metric));
    for (const total of totals) {
      for (const part of facts) {
        if (part === total || part.baseUnit !== total.baseUnit || !/^新增|^新入库/.test(part.metric))
          continue;
        if (part.baseValue <= total.baseValue || total.comparator === "lte") continue;
        findings.push({
          code: "PART_EXCEEDS_TOTAL",
          severity: "error",
          message: `同一句中新增的“${quoteOf(view, part)}”大于总量“${quoteOf(view, total)}”；新增部分不能多于总量，请核对两个数字。`,
          source: part.source,
          related: [total.source],
        });
      }
    }
  }
  return findings;
}

/**
 * A five-year total smaller than the same metric's figure for one of its years.
 *
 * @example
 * checkFiveYearTotals(view, read) // 2025: 120个; 五年累计100个 → on "100个"
 */
export function checkFiveYearTotals(view: InputView, read: ReadReportResult): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const spans = read.facts.filter(
    (f) =>
      f.status === "actual" &&
      /^\d{4}-\d{4}$/.test(f.period) &&
      isAmount(f) &&
      (f.comparator === "eq" || f.comparator === "gt") &&
      isFlow(view, f),
  );
  for (const total of spans) {
    const [from, to] = total.period.split("-").map(Number) as [number, number];
    const key = metricKey(total.metric);
    if (key.length < 2 || GENERIC_KEYS.has(key)) continue;
    const year = read.facts.find(
      (f) =>
        f.status === "actual" &&
        /^\d{4}$/.test(f.period) &&
        Number(f.period) >= from &&
        Number(f.period) <= to &&
        f.baseUnit === total.baseUnit &&
        isAmount(f) &&
        metricKey(f.metric) === key &&
        isFlow(view, f) &&
        f.baseValue > total.baseValue,
    );
    if (!year) continue;
    findings.push({
      code: "FIVE_YEAR_BELOW_YEAR",
      severity: "warning",
      message: `五年（${total.period.replace("-", "—")}年）累计的“${quoteOf(view, total)}”小于其中一年（${year.period}年）的“${quoteOf(view, year)}”；累计数不应小于其中任何一年，请核对数字或口径（${plainNumber(total.baseValue)} < ${plainNumber(year.baseValue)}${total.baseUnit}）。`,
      source: total.source,
      related: [year.source],
    });
  }
  return findings;
}

/** Whether the paragraph of a fact speaks of several years (`五年来`, `“十四五”时期`, `累计`). */
function looksBackOverYears(view: InputView, f: Fact): boolean {
  const lineStart = view.input.lastIndexOf("\n", f.source.start) + 1;
  const before = view.input.slice(Math.max(lineStart, f.sentence.start - 200), f.source.end);
  return /五年|十[一二三四五六七八九]?五|累计|以来|历年/.test(before);
}

/** The words just before two facts in their sentences share a term of three characters or more. */
function sameSubject(view: InputView, a: Fact, b: Fact): boolean {
  const context = (f: Fact) =>
    view.input
      .slice(Math.max(f.sentence.start, f.source.start - 16), f.source.start)
      .replace(/[\s\d.]+/g, "");
  const x = context(a);
  const y = context(b);
  for (let i = 0; i + 3 <= x.length; i++) {
    const term = x.slice(i, i + 3);
    if (/^[\u4e00-\u9fff]{3}$/.test(term) && !a.metric.includes(term) && y.includes(term)) return true;
  }
  return false;
}

/** A count of things done in the period (`新增`, `完成`, `累计`), not a level reached at its end. */
function isFlow(view: InputView, f: Fact): boolean {
  if (LEVEL_METRIC.test(f.metric)) return false;
  if (FLOW_START.test(f.metric)) return true;
  const before = view.input.slice(Math.max(f.sentence.start, f.source.start - 30), f.source.start);
  return /累计|共计|总计|五年来/.test(before);
}
