// The general rules of report language, on small texts made like real reports of other places,
// levels and years.
import { describe, expect, it } from "vitest";
import { readReport } from "./read-report.js";
import type { Fact, ReadReportResult } from "./types.js";

const COUNTY = `政府工作报告
——2023年1月10日在青山县第十七届人民代表大会第三次会议上
青山县人民政府县长 李 明
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。
一、2022年工作回顾
过去一年，全县地区生产总值完成120.5亿元，增长5.2%；一般公共预算收入8.3亿元，增长6.1%。新建农村公路35公里，改造危桥4座。城镇、农村居民人均可支配收入分别增长5.1%和7.3%。
一是项目建设成效明显。实施重点项目52个，完成投资38.6亿元。
二是民生保障持续加强。新增城镇就业2300人，发放各类补助资金1.2亿元。
五年来，我们累计新增城镇就业1.1万人，建成高标准农田12万亩，地区生产总值由85.2亿元增长到120.5亿元。
二、2023年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，城镇新增就业2500人以上。
（一）抓项目促投资。实施重点项目60个，完成投资45亿元以上，6月底前完成全部项目前期手续。
（二）抓民生保福祉。新建幼儿园3所，改造老旧小区12个，新增养老床位200张。
三、全面加强政府自身建设
坚持依法行政，严控一般性支出。`;

const CITY = `# 2024年南河市政府工作报告

南河市人民政府市长 王 强

各位代表：

## 一、2023年工作回顾

2023年，全市生产总值达到2,856.3亿元，增长６．１％；规上工业增加值增长７．８％。

## 二、2024年工作安排

今年全市经济社会发展的主要预期目标是：生产总值增长5.5%左右；居民人均可支配收入增长与经济增长同步。

### （一）坚持创新驱动，加快产业升级

**壮大先进制造业。**新增规上工业企业100家以上，技术改造投资增长10%。

**培育数字经济。**新建5G基站1500个，数字经济核心产业增加值占比达到12%。

### （二）坚持民生优先，增进人民福祉

**稳定扩大就业。**城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内。`;

const PROVINCE = `2026年西江省政府工作报告
——2026年1月20日在西江省第十四届人民代表大会第五次会议上
西江省省长 周 文
各位代表：
一、“十四五”时期和2025年工作回顾
过去五年，全省生产总值突破5万亿元，年均增长5.6%；粮食产量连续5年稳定在650亿斤以上。
2025年，全省生产总值增长5.3%，城镇新增就业68万人，货物进出口总额增长8.2%。
二、“十五五”时期主要目标任务
——经济保持合理增长，全省生产总值年均增长5%左右，常住人口城镇化率达到68%。
三、2026年重点工作
主要预期目标是：全省生产总值增长5%左右，城镇新增就业65万人以上，粮食产量稳定在650亿斤以上。
（一）扩大有效需求
实施提振消费行动。社会消费品零售总额增长5%以上，新增高品质消费街区20个。
扩大有效投资。实施省重点项目1200个以上，年度完成投资8000亿元。`;

const STATE_COUNCIL = `各位代表：

现在，我代表国务院，向大会报告政府工作，请予审议。

一、2023年工作回顾

过去一年，国内生产总值超过126万亿元，增长5.2%；城镇新增就业1244万人。

二、2024年经济社会发展总体要求和政策取向

今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅3%左右；单位国内生产总值能耗降低2.5%左右。

赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。`;

// Typed in the GBK era: half-width commas, colons, semicolons and full stops, full-width ％ and digits.
const GBK_ERA = `政府工作报告
——二〇一九年二月十五日在东林区第九届人民代表大会第四次会议上
东林区人民政府代区长  赵  刚
各位代表:
一、二〇一八年工作回顾
全区完成地区生产总值86.2亿元,增长7.1％;固定资产投资增长12％;新增市场主体3200户.
二、二〇一九年工作目标和重点任务
主要预期目标是:地区生产总值增长7％左右;城镇登记失业率控制在4％以内.
(一)全力抓好项目建设.全年实施重点项目40个,完成投资30亿元.
(二)全力改善民生.新建公办幼儿园２所,改造农村危房150户.`;

function fact(result: ReadReportResult, quote: string, nth = 0): Fact {
  const found = result.facts.filter((f) => f.quote === quote)[nth];
  if (!found) throw new Error(`no fact ${quote}: ${result.facts.map((f) => f.quote).join(" ")}`);
  return found;
}

describe("readReport on a county report", () => {
  const result = readReport(COUNTY);

  it("reads the header from the session line and the byline", () => {
    expect(result.report).toMatchObject({
      title: "政府工作报告",
      place: "青山县",
      level: "county",
      year: 2023,
      date: "2023-01-10",
      speaker: "李明",
      speakerTitle: "县长",
    });
  });

  it("cites where each header field was read", () => {
    const { sources } = result.report;
    expect(COUNTY.slice(sources.place?.start, sources.place?.end)).toBe("青山县");
    expect(COUNTY.slice(sources.speaker?.start, sources.speaker?.end)).toBe("李 明");
  });

  it("takes `一是…二是…` paragraphs for paragraphs, not sections", () => {
    expect(result.sections.map((s) => s.marker)).toEqual(["一、", "二、", "（一）", "（二）", "三、"]);
    expect(result.sections.map((s) => s.role)).toEqual(["review", "tasks", "tasks", "tasks", "government"]);
  });

  it("dates last year's results to last year as actuals", () => {
    expect(fact(result, "120.5亿元")).toMatchObject({
      metric: "地区生产总值",
      period: "2022",
      status: "actual",
    });
    expect(fact(result, "5.2%")).toMatchObject({
      metric: "地区生产总值增长",
      kind: "change",
      direction: "up",
    });
  });

  it("dates a sentence about the plan's years to them without turning the paragraphs after it", () => {
    const text =
      "各位代表：\n一、2025年工作回顾\n一年来，新建农村公路35公里，“十四五”期间累计新建农村公路160公里。\n全年改造危桥4座。";
    const result = readReport(text);
    expect(result.facts.map((f) => [f.quote, f.period])).toEqual([
      ["35公里", "2025"],
      ["160公里", "2021-2025"],
      ["4座", "2025"],
    ]);
  });

  it("dates a sentence opening on last year to last year, inside the five-year review", () => {
    const text =
      "各位代表：\n一、“十三五”时期经济社会发展回顾\n五年来，造林绿化500万亩。2020年空气质量优良天数242天，比2015年增加115天。";
    const result = readReport(text);
    expect(result.facts.map((f) => [f.quote, f.period])).toEqual([
      ["500万亩", "2016-2020"],
      ["242天", "2020"],
      ["115天", "2020"],
    ]);
  });

  it("dates a clause opening on last year to last year, inside a five-year sentence", () => {
    const text =
      "各位代表：\n一、“十三五”时期经济社会发展回顾\n五年来，一般公共预算收入年均增长5.8%，2020年达到352亿元。";
    expect(readReport(text).facts.map((f) => [f.quote, f.metric, f.period])).toEqual([
      ["5.8%", "一般公共预算收入年均增长", "2016-2020"],
      ["352亿元", "一般公共预算收入", "2020"],
    ]);
  });

  it("dates a two-year average (`两年平均增长`) to the two years, as a change of the quantity before", () => {
    const text =
      "各位代表：\n一、2021年工作回顾\n全省地区生产总值4.3万亿元，比上年增长8.1%，两年平均增长5.2%。";
    expect(readReport(text).facts.map((f) => [f.quote, f.metric, f.period])[2]).toEqual([
      "5.2%",
      "地区生产总值两年平均增长",
      "2020-2021",
    ]);
  });

  it("dates a five-year paragraph to the five years it reviews", () => {
    expect(fact(result, "1.1万人")).toMatchObject({
      period: "2018-2022",
      status: "actual",
      metric: "累计新增城镇就业",
    });
  });

  it("splits `城镇、农村居民…分别增长` into one fact per subject", () => {
    expect(fact(result, "5.1%").metric).toBe("城镇居民人均可支配收入增长");
    expect(fact(result, "7.3%").metric).toBe("农村居民人均可支配收入增长");
  });

  it("keeps the end of `由…增长到…` as the fact and leaves its starting value out", () => {
    expect(result.facts.some((f) => f.quote === "85.2亿元")).toBe(false);
    expect(fact(result, "120.5亿元", 1)).toMatchObject({ period: "2018-2022", kind: "amount" });
  });

  it("makes this year's numbers targets, with their bounds", () => {
    expect(fact(result, "6%左右")).toMatchObject({ period: "2023", status: "target", comparator: "approx" });
    expect(fact(result, "45亿元以上")).toMatchObject({
      status: "target",
      comparator: "gte",
      metric: "完成投资",
    });
  });

  it("drafts the main expected targets, then one task per numbered task heading", () => {
    expect(result.tasks.map((t) => [t.kind, t.title])).toEqual([
      ["headline", "主要预期目标"],
      ["theme", "抓项目促投资"],
      ["theme", "抓民生保福祉"],
    ]);
    expect(result.tasks[0]?.targetFactIds).toHaveLength(3);
  });

  it("sets a task's deadline to the earlier date its text names, with milestones up to it", () => {
    const task = result.tasks[1];
    expect(task?.deadline).toBe("2023-06-30");
    expect(task?.milestones.map((m) => m.due)).toEqual(["2023-03-31", "2023-06-30"]);
  });
});

describe("readReport on a city report in Markdown", () => {
  const result = readReport(CITY);

  it("reads place and year from a title that names them", () => {
    expect(result.report).toMatchObject({
      title: "2024年南河市政府工作报告",
      place: "南河市",
      level: "city",
      year: 2024,
    });
  });

  it("reads full-width digits and thousands separators, citing them as written", () => {
    expect(fact(result, "2,856.3亿元").baseValue).toBe(285630000000);
    const growth = fact(result, "6.1%");
    expect(CITY.slice(growth.source.start, growth.source.end)).toBe("６．１％");
  });

  it("finds bold lead-ins as themes of their numbered work area", () => {
    expect(result.themes.map((t) => [t.title, t.bold])).toEqual([
      ["壮大先进制造业", true],
      ["培育数字经济", true],
      ["稳定扩大就业", true],
    ]);
    expect(result.tasks.find((t) => t.title === "培育数字经济")?.area).toBe("坚持创新驱动，加快产业升级");
  });

  it("takes a share (`占比达到12%`) and a ceiling (`控制在5.5%以内`) as levels, not changes", () => {
    expect(fact(result, "12%")).toMatchObject({
      kind: "amount",
      direction: null,
      metric: "数字经济核心产业增加值占比",
    });
    expect(fact(result, "5.5%以内")).toMatchObject({ kind: "amount", comparator: "lte" });
  });
});

describe("readReport on a province report", () => {
  const result = readReport(PROVINCE);

  it("dates the “十四五” review to 2021-2025 and last year's paragraph to 2025", () => {
    expect(fact(result, "5万亿元")).toMatchObject({
      period: "2021-2025",
      status: "actual",
      comparator: "gt",
    });
    expect(fact(result, "5.3%")).toMatchObject({ period: "2025", status: "actual" });
  });

  it("makes the “十五五” goals targets over the plan's span", () => {
    expect(fact(result, "68%")).toMatchObject({ period: "2026-2030", status: "target" });
  });

  it("finds plain lead-ins under a task heading that stands on its own line", () => {
    expect(result.tasks.filter((t) => t.kind === "theme").map((t) => t.title)).toEqual([
      "实施提振消费行动",
      "扩大有效投资",
    ]);
  });
});

describe("readReport on a State Council paragraph", () => {
  const result = readReport(STATE_COUNCIL);

  it("knows the State Council from `我代表国务院` and the year from the headings", () => {
    expect(result.report).toMatchObject({ title: null, place: "国务院", level: "national", year: 2024 });
  });

  it("cites the heading it read the year from", () => {
    const at = result.report.sources.year;
    expect(STATE_COUNCIL.slice(at?.start, at?.end)).toBe("2024");
    expect(STATE_COUNCIL.slice((at?.start ?? 0) - 2, at?.end)).toBe("二、2024");
  });

  it("reads the main expected targets, a decrease included", () => {
    const headline = result.tasks.find((t) => t.kind === "headline");
    expect(headline?.targetFactIds).toHaveLength(5);
    expect(fact(result, "2.5%左右")).toMatchObject({ kind: "change", direction: "down" });
  });

  it("takes an increase stated as such as a change of the quantity before it", () => {
    expect(fact(result, "1800亿元")).toMatchObject({
      kind: "change",
      direction: "up",
      metric: "赤字规模增加",
    });
  });
});

describe("readReport on a State Council report whose policy part comes before the work", () => {
  const text = `各位代表：
一、2024年工作回顾
过去一年，国内生产总值增长5%。
二、2025年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。
实施更加积极的财政政策。今年赤字率拟按4%左右安排，拟发行超长期特别国债1.3万亿元。
实施适度宽松的货币政策。发挥好货币政策工具总量和结构双重功能。
三、2025年政府工作任务
（一）大力提振消费，全方位扩大国内需求
实施提振消费专项行动。安排超长期特别国债3000亿元支持消费品以旧换新。
积极扩大有效投资。安排中央预算内投资7350亿元。
（二）因地制宜发展新质生产力
培育壮大新兴产业。开展新技术新产品新场景大规模应用示范行动。`;
  const result = readReport(text);

  it("drafts tasks from the work part only, the policy lines of the part before it left out", () => {
    expect(result.tasks.map((t) => t.title)).toEqual([
      "主要预期目标",
      "实施提振消费专项行动",
      "积极扩大有效投资",
      "培育壮大新兴产业",
    ]);
  });

  it("still reads the policy part's numbers as this year's targets", () => {
    expect(fact(result, "1.3万亿元")).toMatchObject({ period: "2025", status: "target" });
  });

  it("drafts tasks from a part that both frames and sets out the work when it is the only one", () => {
    const county = readReport(`各位代表：
一、2021年工作回顾
全年新增就业2000人。
二、2022年工作总体要求和主要目标
（一）抢抓项目机遇。实施重点项目50个。
（二）抢抓民生机遇。新建幼儿园3所。`);
    expect(county.tasks.map((t) => t.title)).toEqual(["抢抓项目机遇", "抢抓民生机遇"]);
  });
});

describe("readReport on main targets set out in a Markdown table", () => {
  const result = readReport(`# 2024年南湖市政府工作报告
各位代表：
## 二、2024年目标任务
2024年主要预期目标如下：

| 指标 | 2024年目标 |
| --- | --- |
| 地区生产总值增长 | 6%左右 |
| 城镇新增就业 | 5万人以上 |
`);

  it("reads each row as a target with its label for the metric, in the main targets group", () => {
    expect(result.facts.map((f) => [f.quote, f.metric, f.kind, f.status])).toEqual([
      ["6%左右", "地区生产总值增长", "change", "target"],
      ["5万人以上", "城镇新增就业", "amount", "target"],
    ]);
    expect(result.tasks[0]?.targetFactIds).toHaveLength(2);
  });
});

describe("readReport on annexes", () => {
  it("dates an annex on a past year's work to that year", () => {
    const annexed = readReport(`2024年南河县政府工作报告
各位代表：
一、2023年工作回顾
全县新增就业2000人。
二、2024年重点工作
（一）抓项目。实施重点项目50个。
附件：2023年民生实事完成情况
新建幼儿园3所。`);
    expect(annexed.facts.map((f) => [f.quote, f.period, f.status]).at(-1)).toEqual(["3所", "2023", "actual"]);
  });
});

describe("readReport on parts it cannot place", () => {
  const result = readReport(`2024年南河县政府工作报告
各位代表：
一、砥砺前行
全县地区生产总值完成120亿元，增长5%。
二、接续奋斗
争取新建学校3所。`);

  it("keeps their numbers, as last year's results or this year's targets by the sentence's words", () => {
    expect(result.sections.map((s) => s.role)).toEqual(["other", "other"]);
    expect(result.facts.map((f) => [f.quote, f.period, f.status])).toEqual([
      ["120亿元", "2023", "actual"],
      ["5%", "2023", "actual"],
      ["3所", "2024", "target"],
    ]);
  });
});

describe("readReport on GBK-era punctuation", () => {
  const result = readReport(GBK_ERA);

  it("reads a session date and part headings written in Chinese numerals", () => {
    expect(result.report).toMatchObject({
      year: 2019,
      date: "2019-02-15",
      speaker: "赵刚",
      speakerTitle: "代区长",
    });
    expect(fact(result, "86.2亿元").period).toBe("2018");
  });

  it("ends sentences and headings at a `.` typed as a full stop", () => {
    expect(result.tasks.filter((t) => t.kind === "theme").map((t) => t.title)).toEqual([
      "全力抓好项目建设",
      "全力改善民生",
    ]);
    expect(fact(result, "3200户").metric).toBe("新增市场主体");
  });

  it("reads full-width ％ and digits, quoting them folded and citing them as written", () => {
    expect(fact(result, "7%左右")).toMatchObject({ baseValue: 7, baseUnit: "%", comparator: "approx" });
    const school = fact(result, "2所");
    expect(school).toMatchObject({ value: 2, baseUnit: "所" });
    expect(GBK_ERA.slice(school.source.start, school.source.end)).toBe("２所");
  });
});

// A newspaper's edit of a city report: scraper fields, a `――` session line, no salutation, parts
// headed without numbers, and a part the paper titled in its own words.
const CITY_NEWS = `标题：2023年南河市政府工作报告
发文单位：南河市人民政府
正文：

――2023年1月30日在南河市第十六届人民代表大会第四次会议上
南河市人民政府市长 陈 光
2022年政府工作回顾
刚刚过去的一年，全市生产总值增长3.8%。工程建设项目审批平均耗时比法定时限压缩了63.2天。
阔步迈上新征程
今后几年，我们要建设现代化新南河。到2025年，农林牧渔业总产值达1000亿元以上。
2023年主要工作
经济社会发展主要预期目标是：生产总值增长7%左右，规模以上工业增加值增长6.5%以上。
（一）加力推进产业发展，让实体经济支撑更加坚强有力。培育主营业务收入超百亿元企业8家。确保粮食播种面积和产量保持在1000万亩、400万吨以上。
（责任编辑：某某）`;

// A province's review and tasks: `一是…` paragraphs carry the work items; a photo caption sits
// between byline and salutation; the session line has no dash.
const PROVINCE_NEWS = `2026年东川省政府工作报告
2026年1月14日在东川省第十四届人民代表大会第四次会议上
东川省人民政府省长 林 海
1月14日，东川省第十四届人民代表大会第四次会议开幕。记者 某某 摄
各位代表：
一、2025年主要工作和“十四五”发展成就
过去一年，全省生产总值增长5.5%。
这五年，全省综合实力进一步跃升。人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右，人均预期寿命从80.2岁提升至82.5岁。
三、2026年重点工作
主要预期目标为：全省生产总值增长5%—5.5%；城镇调查失业率5%以内。
（一）着力贯彻新发展理念，在全面推动经济提质增效上开新局。主动适应新变化。
一是坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破。实施重大项目1900多个，完成投资2500亿元以上。
二是坚定实施产业兴区战略，在加快发展特色优势产业上实现新突破。推进5个物流园区建设。`;

describe("readReport on a newspaper's edit of a city report", () => {
  const result = readReport(CITY_NEWS);

  it("reads the header after the scraper's fields, with a `――` session line and no salutation", () => {
    expect(result.report).toMatchObject({ place: "南河市", year: 2023, date: "2023-01-30", speaker: "陈光" });
  });

  it("finds parts headed without numbers and reads a shortening as a decrease", () => {
    expect(result.sections.filter((s) => s.level === 1).map((s) => [s.title, s.role])).toEqual([
      ["2022年政府工作回顾", "review"],
      ["2023年主要工作", "tasks"],
    ]);
    expect(fact(result, "63.2天")).toMatchObject({ kind: "change", direction: "down", period: "2022" });
  });

  it("makes a goal for a later year named in the sentence a target for that year", () => {
    expect(fact(result, "1000亿元以上")).toMatchObject({ period: "2025", status: "target" });
  });

  it("does not take a class of things (`超百亿元企业`) for an amount", () => {
    expect(result.facts.some((f) => f.quote === "百亿元")).toBe(false);
    expect(fact(result, "8家").metric).toBe("培育主营业务收入超百亿元企业");
  });

  it("lets a bound after a list cover every item of it", () => {
    expect(fact(result, "1000万亩").comparator).toBe("gte");
    expect(fact(result, "400万吨以上").comparator).toBe("gte");
  });
});

describe("readReport on a province report with numbered paragraphs", () => {
  const result = readReport(PROVINCE_NEWS);

  it("reads the header past a photo caption, from a session line without its dash", () => {
    expect(result.report).toMatchObject({ place: "东川省", year: 2026, date: "2026-01-14", speaker: "林海" });
  });

  it("keeps the level reached `从2020年的…提高到2025年的…` and leaves the start out", () => {
    expect(result.facts.some((f) => f.quote === "10.5万元")).toBe(false);
    expect(fact(result, "14万元左右")).toMatchObject({
      metric: "人均地区生产总值",
      period: "2021-2025",
      kind: "amount",
    });
    expect(fact(result, "82.5岁")).toMatchObject({ metric: "人均预期寿命", baseUnit: "岁" });
  });

  it("takes `一是…`, `二是…` paragraphs of the tasks part for its themes", () => {
    expect(result.tasks.filter((t) => t.kind === "theme").map((t) => t.title)).toEqual([
      "坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破",
      "坚定实施产业兴区战略，在加快发展特色优势产业上实现新突破",
    ]);
  });
});

describe("metrics of facts in lists", () => {
  const metricsOf = (sentence: string) =>
    readReport(`各位代表：\n一、2025年工作回顾\n${sentence}`).facts.map((f) => [f.quote, f.metric]);

  it("carries the verb of a list to its later items", () => {
    expect(metricsOf("新增创新型中小企业10家、专精特新企业2家。")).toEqual([
      ["10家", "新增创新型中小企业"],
      ["2家", "新增专精特新企业"],
    ]);
    expect(metricsOf("规范设置10个早夜市疏导区、49家便民菜店。")).toEqual([
      ["10个", "规范设置早夜市疏导区"],
      ["49家", "规范设置便民菜店"],
    ]);
  });

  it("swaps the modifier of the item before for a short item's own (`市级…9项、区级29项`)", () => {
    expect(metricsOf("申报市级非遗项目9项、区级29项。")[1]).toEqual(["29项", "申报区级非遗项目"]);
    expect(metricsOf("新建公办幼儿园3所、民办2所。")[1]).toEqual(["2所", "新建民办幼儿园"]);
  });

  it("counts two things one verb governs in different units (`改造农村公路41.8公里、危桥1座`)", () => {
    expect(metricsOf("改造农村公路41.8公里、危桥1座。")).toEqual([
      ["41.8公里", "改造农村公路"],
      ["1座", "改造危桥"],
    ]);
  });

  it("names a total by what the item before counts (`新增上市公司45家、总量达1224家`)", () => {
    expect(metricsOf("新增境内外上市公司45家、总量达1224家。")[1]).toEqual(["1224家", "境内外上市公司总量"]);
  });

  it("names counted things without the predicate of the next number (`与11家大企业签订…`)", () => {
    expect(metricsOf("与11家大企业签订总投资105.85亿元的战略合作协议。")).toEqual([
      ["11家", "大企业"],
      ["105.85亿元", "战略合作协议总投资"],
    ]);
  });

  it("names counted people by the kind a `…等` list closes on, not by whom the work is for", () => {
    expect(metricsOf("为超20000名视力、听力、肢体、智力等残疾儿童免费提供康复救助服务。")).toEqual([
      ["20000名", "残疾儿童"],
    ]);
    expect(metricsOf("为全省养老护理员、社会人员开展职业技能培训超5万人次。")).toEqual([
      ["5万人次", "开展职业技能培训"],
    ]);
    expect(metricsOf("动员全省超8000名志愿者线上线下接力。")[0]?.[1]).toBe("动员志愿者线上线下接力");
  });

  it("names a count by the threshold before it (`占比超过10%的有44种`)", () => {
    const metrics = metricsOf("我省在全国占比超过10%的有44种、超过20%的有23种。");
    expect(metrics.filter(([quote]) => quote?.endsWith("种"))).toEqual([
      ["44种", "全国占比超过10%"],
      ["23种", "全国占比超过20%"],
    ]);
  });

  it("names a count by the kind of thing the bound before it defines (`产值超10亿元企业3家`)", () => {
    expect(metricsOf("培育产值超10亿元企业3家。")[1]).toEqual(["3家", "培育产值超10亿元企业"]);
  });

  it("keeps a single example before `等` in the metric (`举办“保马”等赛事千余场`)", () => {
    expect(metricsOf("举办“保马”等赛事千余场。")).toEqual([["千余场", "举办“保马”等赛事"]]);
    expect(metricsOf("组建县农科院等研发平台6家。")).toEqual([["6家", "组建县农科院等研发平台"]]);
  });

  it("names a share by the kind of thing the bound before it defines, past the verb (`…村达60%`)", () => {
    expect(metricsOf("年经营收入5万元以上的村达80%以上。")[1]).toEqual([
      "80%以上",
      "年经营收入5万元以上的村",
    ]);
  });

  it("names whom the item before reached (`发放补贴资金2亿元、惠及5万人`)", () => {
    expect(metricsOf("发放耕地地力保护补贴资金2.1亿元、惠及8.6万户。")).toEqual([
      ["2.1亿元", "发放耕地地力保护补贴资金"],
      ["8.6万户", "耕地地力保护补贴惠及"],
    ]);
  });

  it("names a net gain (`净增18家`) by the quantity before it", () => {
    expect(metricsOf("高新技术企业达到86家，净增12家。")).toEqual([
      ["86家", "高新技术企业"],
      ["12家", "高新技术企业净增"],
    ]);
  });

  it("names a total after an adverb (`总量首次突破`) by the quantity before it", () => {
    expect(metricsOf("税收收入增长5.1%，总量首次突破300亿元。")).toEqual([
      ["5.1%", "税收收入增长"],
      ["300亿元", "税收收入总量"],
    ]);
  });

  it("leaves the circumstance (`在…的情况下`) out of what changed", () => {
    expect(metricsOf("工业产值在原材料价格上涨2成的情况下增长6%。")[1]).toEqual(["6%", "工业产值增长"]);
  });

  it("names a second predicate of one subject by the subject, without its rank (`…全国第四、突破1万公里`)", () => {
    expect(metricsOf("铁路营业里程全国第五、突破6000公里。")).toEqual([["6000公里", "铁路营业里程"]]);
  });

  it("pairs a change over a list with the list of amounts before it", () => {
    expect(metricsOf("城乡居民人均可支配收入分别完成32296元、11516元，同比增长10.2%、13.9%。")).toEqual([
      ["32296元", "城镇居民人均可支配收入"],
      ["11516元", "农村居民人均可支配收入"],
      ["10.2%", "城镇居民人均可支配收入增长"],
      ["13.9%", "农村居民人均可支配收入增长"],
    ]);
  });

  it("gives a bare attribute the item it belongs to", () => {
    expect(metricsOf("争取增发国债项目38个、资金20.43亿元。")[1]).toEqual([
      "20.43亿元",
      "争取增发国债项目资金",
    ]);
  });

  it("names counted things by the noun after the number, not by the list before it", () => {
    expect(metricsOf("稻香路南延、中银路等8条道路完工通车。")).toEqual([["8条", "道路完工通车"]]);
    expect(metricsOf("建成电力社区、姚电社区等8个完整社区。")).toEqual([["8个", "建成完整社区"]]);
    expect(metricsOf("争取中央预算内投资、政府专项债券等政策性资金26.6亿元。")).toEqual([
      ["26.6亿元", "争取政策性资金"],
    ]);
  });

  it("measures a number written as an attribute (`…亿元的`) by the noun it describes", () => {
    expect(metricsOf("总投资1.4亿元的城乡供水一体化工程建设完工。")).toEqual([
      ["1.4亿元", "城乡供水一体化工程总投资"],
    ]);
  });

  it("reads an attribute's noun past the capacity in a project's name, without the verbs before", () => {
    expect(metricsOf("启动投资5亿元的年出栏20万只肉羊养殖项目建设。")[0]).toEqual([
      "5亿元",
      "肉羊养殖项目投资",
    ]);
    expect(metricsOf("完成投资1440万元的北石佛中学等37所中小学改薄提升工程。")[0]).toEqual([
      "1440万元",
      "中小学改薄提升工程投资",
    ]);
    expect(metricsOf("谋划实施22公里的城区道路、6个小区燃气管道提升改造。")[0]).toEqual([
      "22公里",
      "城区道路",
    ]);
    expect(metricsOf("加快总投资1540亿元的能源项目务实合作，启动投资2亿元的医院综合楼。")).toEqual([
      ["1540亿元", "能源项目总投资"],
      ["2亿元", "医院综合楼投资"],
    ]);
  });

  it("names the other of a pair sharing a head by that head (`…收入增长2%、支出首次超过6000亿元`)", () => {
    expect(metricsOf("一般公共预算收入增长2%、支出首次超过6000亿元，存款增长5%，贷款增长7%。")).toEqual([
      ["2%", "一般公共预算收入增长"],
      ["6000亿元", "一般公共预算支出"],
      ["5%", "存款增长"],
      ["7%", "贷款增长"],
    ]);
  });

  it("names partners counted by what is done with them (`与28个国家缔结90对友城`)", () => {
    expect(metricsOf("与28个国家缔结90对友城。")).toEqual([
      ["28个", "缔结友城的国家"],
      ["90对", "缔结友城"],
    ]);
  });

  it("drops the words of a level passed from the metric (`首次跃上…新台阶`)", () => {
    expect(metricsOf("粮食产量首次跃上1.4万亿斤新台阶，地区生产总值跨过2万亿元。")).toEqual([
      ["1.4万亿斤", "粮食产量"],
      ["2万亿元", "地区生产总值"],
    ]);
  });

  it("shares a verb between two numbers of one object (`惠及62个行政村11.97万人`)", () => {
    expect(metricsOf("惠及62个行政村11.97万人。")).toEqual([
      ["62个", "惠及行政村"],
      ["11.97万人", "惠及人口"],
    ]);
  });
});

describe("kinds of change", () => {
  const factsOf = (sentence: string) =>
    readReport(`各位代表：\n一、2025年工作回顾\n${sentence}`).facts.map((f) => [
      f.quote,
      f.kind,
      f.direction,
    ]);

  it("reads 增收, 降价 and the like as changes", () => {
    expect(factsOf("带动脱贫群众户均增收6000元以上，集中采购药品平均降价52%。")).toEqual([
      ["6000元以上", "change", "up"],
      ["52%", "change", "down"],
    ]);
  });

  it("reads money added to what follows as a change of it, and a count of things after a verb as an amount", () => {
    expect(factsOf("一次性增加6万亿元地方专项债务限额。提升8条小街小巷。")).toEqual([
      ["6万亿元", "change", "up"],
      ["8条", "amount", null],
    ]);
  });

  it("reads 提升 before a count or an area as the work done, and before a measure as a change", () => {
    expect(factsOf("累计推动农房风貌提升26.4万户，完成林分优化提升200万亩，粮食亩产提升10.1斤。")).toEqual([
      ["26.4万户", "amount", null],
      ["200万亩", "amount", null],
      ["10.1斤", "change", "up"],
    ]);
    expect(factsOf("床位数提升200张。")).toEqual([["200张", "change", "up"]]);
  });

  it("reads 改善 of a concentration or a pollution index as a fall, of a share of good days as a rise, and of nothing else", () => {
    expect(
      factsOf(
        "PM2.5浓度改善9.6%，空气质量综合指数同比改善5.2%，优良天数比例改善2.1个百分点，营商环境改善10%。",
      ),
    ).toEqual([
      ["9.6%", "change", "down"],
      ["5.2%", "change", "down"],
      ["2.1个百分点", "change", "up"],
      ["10%", "amount", null],
    ]);
  });

  it("reads a rise by grades (`水质提升1个等级`) as a change", () => {
    expect(factsOf("国考断面水质提升1个等级。")).toEqual([["1个等级", "change", "up"]]);
  });

  it("gives every number of a list before a shared unit the shared change, each from its own subject", () => {
    const facts = readReport(
      "各位代表：\n一、2025年工作回顾\n蔬菜、水果设施产量占比分别提高12、18个百分点，出口额分别增长3、5、8倍。",
    ).facts;
    expect(facts.map((f) => [f.quote, f.metric, f.kind, f.direction, f.unit])).toEqual([
      ["12", "蔬菜设施产量占比提高", "change", "up", "个百分点"],
      ["18个百分点", "水果设施产量占比提高", "change", "up", "个百分点"],
      ["3", "出口额增长", "change", "up", "倍"],
      ["5", "出口额增长", "change", "up", "倍"],
      ["8倍", "出口额增长", "change", "up", "倍"],
    ]);
    const text = "各位代表：\n一、2025年工作回顾\n覆盖率分别提高10.5、22.3个百分点。";
    const spans = readReport(text).facts.map((f) => text.slice(f.source.start, f.source.end));
    expect(spans).toEqual(["10.5", "22.3个百分点"]);
  });

  it("reads more or less than last year (`比上年多争取3.2亿元`) as a change", () => {
    expect(factsOf("争取上级资金18.5亿元，比上年多争取3.2亿元，优良天数较去年少2天。").slice(1)).toEqual([
      ["3.2亿元", "change", "up"],
      ["2天", "change", "down"],
    ]);
  });

  it("reads a cut or a rise a verb says of a measured amount (`压减…用水量1.2亿立方米`) as a change", () => {
    expect(factsOf("压减农业用水量1.2亿立方米，降低企业用能成本3.5亿元，提升改造城市道路20公里。")).toEqual([
      ["1.2亿立方米", "change", "down"],
      ["3.5亿元", "change", "down"],
      ["20公里", "amount", null],
    ]);
  });

  it("reads higher or lower than last year said last (`比上年预算高0.2个百分点`) as a change", () => {
    expect(factsOf("赤字率为3%，比上年预算高0.2个百分点，失业率比去年低0.3个百分点。").slice(1)).toEqual([
      ["0.2个百分点", "change", "up"],
      ["0.3个百分点", "change", "down"],
    ]);
  });

  it("reads `多了`, `少了` before a number as a change", () => {
    expect(factsOf("退休人员每月多了150元养老金，群众办事少了2个环节。")).toEqual([
      ["150元", "change", "up"],
      ["2个", "change", "down"],
    ]);
  });

  it("reads a contribution to growth (`对经济增长贡献率超60%`) as a share, not a change", () => {
    expect(factsOf("消费对经济增长贡献超60%，工业投资增长8%。")).toEqual([
      ["60%", "amount", null],
      ["8%", "change", "up"],
    ]);
  });

  it("reads a multiple as a change, with a bound written before what it multiplies (`不低于…的1.6倍`)", () => {
    const facts = readReport(
      "各位代表：\n二、2026年工作安排\n特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。",
    ).facts;
    expect(facts.map((f) => [f.quote, f.kind, f.direction, f.comparator])).toEqual([
      ["1.6倍", "change", "up", "gte"],
    ]);
  });

  it("reads a change on the same basis (`同口径增长`) as a change of the quantity before it", () => {
    const facts = readReport(
      "各位代表：\n一、2025年工作回顾\n一般公共预算收入完成260.5亿元，同口径增长6.3%。",
    ).facts;
    expect(facts.map((f) => [f.quote, f.metric, f.kind])).toEqual([
      ["260.5亿元", "一般公共预算收入", "amount"],
      ["6.3%", "一般公共预算收入增长", "change"],
    ]);
  });

  it("reads the plan's wording `拟按…安排` around a level, and the change after it", () => {
    const facts = readReport(
      "各位代表：\n二、2025年主要目标任务\n今年赤字率拟按4%左右安排、比上年提高1个百分点。",
    ).facts;
    expect(facts.map((f) => [f.quote, f.metric, f.kind])).toEqual([
      ["4%左右", "赤字率", "amount"],
      ["1个百分点", "赤字率提高", "change"],
    ]);
  });
});

describe("bounds shared by a list", () => {
  const comparators = (sentence: string) =>
    readReport(`各位代表：\n一、2025年工作回顾\n${sentence}`).facts.map((f) => [f.quote, f.comparator]);

  it("lets a bound before the first item cover the items after it", () => {
    expect(comparators("进出口总额接连突破8万亿元、9万亿元。")).toEqual([
      ["8万亿元", "gt"],
      ["9万亿元", "gt"],
    ]);
  });

  it("lets a bound after the last item cover the items before it, and not one before an item", () => {
    expect(comparators("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。")).toEqual([
      ["2050万吨", "gte"],
      ["4200万吨", "gte"],
      ["19万吨以上", "gte"],
    ]);
    expect(comparators("占比超过10%的有44种、超过20%的有23种。").map(([, c]) => c)).toEqual([
      "gt",
      "eq",
      "gt",
      "eq",
    ]);
  });
});

describe("readReport on a part that reviews one plan and sets out the next", () => {
  const text = `各位代表：
一、2025年工作回顾
累计推出119个重点事项，平均压减时间58%、材料52%。
二、“十四五”时期发展成就和“十五五”时期主要目标任务
过去五年，地区生产总值年均增长5.2%。
“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。
主要指标包括：地区生产总值年均增速4.5%-5%，全员劳动生产率达58万元/人左右。
三、2026年重点工作
今年主要预期目标是：地区生产总值增长5%左右。`;
  const result = readReport(text);

  it("dates the review's achievements to the five years and the next plan's goals to its span", () => {
    expect(result.facts.map((f) => [f.quote, f.period, f.status]).slice(3)).toEqual([
      ["5.2%", "2021-2025", "actual"],
      ["4.5%-5%", "2026-2030", "target"],
      ["58万元/人左右", "2026-2030", "target"],
      ["5%左右", "2026", "target"],
    ]);
  });

  it("dates a gain over the first year of the five to the five years, not to the last year", () => {
    const five = readReport(
      "各位代表：\n一、“十四五”时期工作回顾\n过去五年，地区生产总值年均增长6%，2025年总量比2020年增加1500亿元，2025年达到8000亿元。",
    ).facts;
    expect(five.map((f) => [f.quote, f.period])).toEqual([
      ["6%", "2021-2025"],
      ["1500亿元", "2021-2025"],
      ["8000亿元", "2025"],
    ]);
  });

  it("reads a draft of the next plan laid before the session as that plan's goals", () => {
    const facts = readReport(`各位代表：
一、“十四五”时期工作回顾
过去五年，地区生产总值年均增长5.5%。
我们编制了“十五五”规划纲要（草案），提请大会审议。纲要提出地区生产总值年均增长5%以上。
二、2026年重点工作
今年地区生产总值增长5%左右。`).facts;
    expect(facts.map((f) => [f.quote, f.period, f.status])).toEqual([
      ["5.5%", "2021-2025", "actual"],
      ["5%以上", "2026-2030", "target"],
      ["5%左右", "2026", "target"],
    ]);
  });

  it("reads a sum a target spreads over years (`三年安排30亿元`) as about those years", () => {
    const facts = readReport(
      "各位代表：\n一、2026年重点工作\n三年安排30亿元支持产业升级，今年新增企业50家。",
    ).facts;
    expect(facts.map((f) => [f.quote, f.period])).toEqual([
      ["30亿元", "2026-2028"],
      ["50家", "2026"],
    ]);
  });

  it("reads a new level a goal sets (`迈上…新台阶`) as the level itself, and one passed as more than it", () => {
    const facts = readReport(`各位代表：
一、2025年工作回顾
粮食产量首次跃上700亿斤新台阶。
二、2026年重点工作
力争到2030年，地区生产总值迈上2万亿元新台阶。`).facts;
    expect(facts.map((f) => [f.quote, f.comparator])).toEqual([
      ["700亿斤", "gt"],
      ["2万亿元", "eq"],
    ]);
  });

  it("reads a decrease governed through its object (`压减时间58%、材料52%`)", () => {
    expect(fact(result, "58%")).toMatchObject({ kind: "change", direction: "down", metric: "平均压减时间" });
    expect(fact(result, "52%")).toMatchObject({ kind: "change", direction: "down", metric: "平均压减材料" });
  });
});

describe("readReport on a report whose review has no heading", () => {
  it("reads last year's results before the first part heading as the review", () => {
    const text =
      "政府工作报告\n——2024年1月8日在某某县第十八届人民代表大会第三次会议上\n各位代表：\n过去一年，全县地区生产总值完成95.3亿元，增长6.2%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。";
    const result = readReport(text);
    expect(result.facts.map((f) => [f.quote, f.period, f.status])).toEqual([
      ["95.3亿元", "2023", "actual"],
      ["6.2%", "2023", "actual"],
      ["6%左右", "2024", "target"],
    ]);
  });
});

describe("readReport on a year's work summary to the government", () => {
  const text = `东川市人民政府关于2024年工作总结的报告

2024年，全市上下攻坚克难，经济社会保持平稳健康发展。

一、主要工作成效

（一）经济运行稳中向好。全市地区生产总值完成860亿元，增长5.8%；今年以来新增市场主体1.2万户。

二、存在问题及下一步打算

（一）存在的问题。全市仍有3个乡镇污水处理设施未建成。

（二）下一步打算。实施重点项目120个，城镇新增就业2万人以上。`;
  const result = readReport(text);

  it("reads the place from the title and takes its year for the year reviewed", () => {
    expect(result.report).toMatchObject({
      title: "东川市人民政府关于2024年工作总结的报告",
      place: "东川市",
      level: "city",
      year: 2025,
      reviewedYear: 2024,
    });
    const { sources } = result.report;
    expect(text.slice(sources.place?.start, sources.place?.end)).toBe("东川市");
    expect(text.slice(sources.year?.start, sources.year?.end)).toBe("2024");
  });

  it("dates the review's numbers, `今年以来` included, to the year reviewed as actuals", () => {
    expect(result.facts.slice(0, 4).map((f) => [f.quote, f.period, f.status])).toEqual([
      ["860亿元", "2024", "actual"],
      ["5.8%", "2024", "actual"],
      ["1.2万户", "2024", "actual"],
      ["3个", "2024", "actual"],
    ]);
    expect(fact(result, "1.2万户").metric).toBe("新增市场主体");
  });

  it("makes the plans of `存在问题及下一步打算` the next year's targets", () => {
    expect(result.facts.slice(4).map((f) => [f.quote, f.period, f.status])).toEqual([
      ["120个", "2025", "target"],
      ["2万人以上", "2025", "target"],
    ]);
  });

  it("dates the problems before the next steps in one part to the year reviewed", () => {
    const report = readReport(
      "南山县人民政府关于2023年工作情况的报告\n一、2023年工作开展情况\n全县地区生产总值增长6%。\n二、存在的问题和下一步工作打算\n全县仍有3个乡镇污水处理设施未建成。\n下一步，我们将新建污水处理厂2座。",
    );
    expect(report.facts.map((f) => [f.quote, f.period, f.status])).toEqual([
      ["6%", "2023", "actual"],
      ["3个", "2023", "actual"],
      ["2座", "2024", "target"],
    ]);
  });

  it("reads a summary titled `…人民政府2024年工作总结`", () => {
    const report = readReport("东川市人民政府2024年工作总结\n一、经济发展\n全市地区生产总值增长6%。");
    expect(report.report).toMatchObject({ place: "东川市", year: 2025, reviewedYear: 2024 });
    expect(report.facts.map((f) => [f.quote, f.period, f.status])).toEqual([["6%", "2024", "actual"]]);
  });

  it("reads a title on the year's work (`…关于2023年工作情况的报告`) the same way", () => {
    const report = readReport(
      "南山县人民政府关于2023年工作情况的报告\n一、经济发展\n全县地区生产总值增长6%。",
    );
    expect(report.report).toMatchObject({ place: "南山县", level: "county", year: 2024, reviewedYear: 2023 });
    expect(report.facts.map((f) => [f.quote, f.period, f.status])).toEqual([["6%", "2023", "actual"]]);
  });
});

describe("readReport on Markdown a converter escaped", () => {
  const text = `\\# 2025年某某市政府工作报告

\\## 一、2024年工作回顾

全市地区生产总值完成1200亿元，增长5.5%。

\\### （一）\\*\\*产业发展\\*\\*

1\\. 新增规上工业企业12家。

\\## 二、2025年主要目标任务

\\*\\*扩大有效投资。\\*\\*实施重点项目60个以上。`;
  const result = readReport(text);

  it("reads title, place and year from an escaped heading", () => {
    expect(result.report).toMatchObject({ title: "2025年某某市政府工作报告", place: "某某市", year: 2025 });
    const { sources } = result.report;
    expect(text.slice(sources.title?.start, sources.title?.end)).toBe("2025年某某市政府工作报告");
  });

  it("reads the numbering behind the escapes, dating each part's numbers by it", () => {
    expect(result.sections.map((s) => s.marker)).toEqual(["一、", "（一）", "1.", "二、"]);
    expect(result.facts.map((f) => [f.quote, f.period, f.status])).toEqual([
      ["1200亿元", "2024", "actual"],
      ["5.5%", "2024", "actual"],
      ["12家", "2024", "actual"],
      ["60个以上", "2025", "target"],
    ]);
    expect(fact(result, "12家").metric).toBe("新增规上工业企业");
  });

  it("finds an escaped bold lead-in as a bold theme", () => {
    expect(result.themes.map((t) => [t.title, t.bold])).toEqual([["扩大有效投资", true]]);
  });
});

describe("readReport diagnostics", () => {
  it("reports an empty input as an EMPTY_INPUT issue instead of throwing", () => {
    const result = readReport("  \n\n ");
    expect(result.issues.map((i) => i.code)).toEqual(["EMPTY_INPUT"]);
    expect(result.facts).toEqual([]);
  });

  it("reports text with no report structure and no facts as NOT_A_REPORT", () => {
    expect(readReport("今天天气很好，我们去公园散步。").issues.map((i) => i.code)).toEqual(["NOT_A_REPORT"]);
  });

  it("warns when no year can be read, and still reads the facts", () => {
    const result = readReport("各位代表：\n一、工作回顾\n新建农村公路35公里。");
    expect(result.issues.map((i) => i.code)).toContain("YEAR_NOT_FOUND");
    expect(result.facts.map((f) => f.quote)).toEqual(["35公里"]);
  });

  it("never throws, whatever the text", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet =
      "一二三、（）()1234567890.%万亿元个以上左右，。；：\n\n**#<>&?\\政府工作报告各位代表今年增长\ud800";
    for (let n = 0; n < 300; n++) {
      let text = "";
      const length = Math.floor(random() * 400);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const result = readReport(text);
      for (const f of result.facts) {
        expect(f.source.start).toBeLessThan(f.source.end);
        expect(f.source.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
