import { describe, expect, it } from "vitest";
import { cleanReportText } from "../text/clean-text.js";
import { findQuantities } from "./quantities.js";

function quantities(text: string) {
  const clean = cleanReportText(text).text;
  return findQuantities(clean, 0, clean.length).map((q) => ({
    quote: q.quote,
    value: q.value,
    unit: q.unit,
    baseValue: q.baseValue,
    baseUnit: q.baseUnit,
    comparator: q.comparator,
  }));
}
const quotes = (text: string) => quantities(text).map((q) => q.quote);

describe("findQuantities", () => {
  it("scales Chinese magnitudes to base units and leaves percentages as they are", () => {
    expect(quantities("地区生产总值272.45亿元，增长4.7%，1.2万亩，6.66万亿元")).toEqual([
      {
        quote: "272.45亿元",
        value: 272.45,
        unit: "亿元",
        baseValue: 27245000000,
        baseUnit: "元",
        comparator: "eq",
      },
      { quote: "4.7%", value: 4.7, unit: "%", baseValue: 4.7, baseUnit: "%", comparator: "eq" },
      { quote: "1.2万亩", value: 1.2, unit: "万亩", baseValue: 12000, baseUnit: "亩", comparator: "eq" },
      {
        quote: "6.66万亿元",
        value: 6.66,
        unit: "万亿元",
        baseValue: 6.66e12,
        baseUnit: "元",
        comparator: "eq",
      },
    ]);
  });

  it("reads 千 as part of a unit's name where it is one", () => {
    expect(quantities("发电装机1.6亿千瓦，建设110千伏变电站，3千万元")).toMatchObject([
      { unit: "亿千瓦", baseValue: 1.6e8, baseUnit: "千瓦" },
      { unit: "千伏", baseValue: 110, baseUnit: "千伏" },
      { unit: "千万元", baseValue: 3e7, baseUnit: "元" },
    ]);
  });

  it("reads the bound written after a quantity", () => {
    expect(quantities("78个以上，5.5%左右，控制在3%以内，10万千瓦及以下").map((q) => q.comparator)).toEqual([
      "gte",
      "approx",
      "lte",
      "eq",
    ]);
  });

  it("reads the bound written before a quantity", () => {
    const found = quantities("不少于11000人次，突破10亿元，超过55%，近6000亿元，至少20部，不超过3天");
    expect(found.map((q) => [q.quote, q.comparator])).toEqual([
      ["11000人次", "gte"],
      ["10亿元", "gt"],
      ["55%", "gt"],
      ["6000亿元", "approx"],
      ["20部", "gte"],
      ["3天", "lte"],
    ]);
  });

  it("reads 余 and 多 as more than, wherever they stand", () => {
    expect(quantities("拆除招牌100余处，解决问题50多个，信用信息700万余条，带动1300多农户")).toMatchObject([
      { quote: "100余处", baseValue: 100, comparator: "gt" },
      { quote: "50多个", baseValue: 50, comparator: "gt" },
      { quote: "700万余条", baseValue: 7e6, baseUnit: "条", comparator: "gt" },
      { quote: "1300多农户", baseValue: 1300, baseUnit: "户", comparator: "gt" },
    ]);
  });

  it("does not take words ending in 约 or 过 for bounds", () => {
    expect(quantities("共签约亿元以上项目48个，通过3家验收")).toMatchObject([
      { quote: "48个", comparator: "eq" },
      { quote: "3家", comparator: "eq" },
    ]);
  });

  it("reads a range with its lower end as the value", () => {
    expect(quantities("力争每个领域有1~2个项目，增长4.5%—5%，打造2-3个示范村")).toMatchObject([
      { quote: "1~2个", value: 1, comparator: "range" },
      { quote: "4.5%—5%", value: 4.5, comparator: "range" },
      { quote: "2-3个", value: 2, comparator: "range" },
    ]);
  });

  it("reads a magnitude written without digits after a bound", () => {
    expect(quantities("争取国家政策性资金超千亿元，旅游收入超万亿元")).toMatchObject([
      { quote: "千亿元", value: 1, baseValue: 1e11, baseUnit: "元", comparator: "gt" },
      { quote: "万亿元", value: 1, baseValue: 1e12, baseUnit: "元", comparator: "gt" },
    ]);
  });

  it("reads a count in Chinese numerals after a bound, and only there", () => {
    expect(quantities("至少打造一个多业态特色消费街区，超过三千人")).toMatchObject([
      { quote: "一个", value: 1, baseUnit: "个", comparator: "gte" },
      { quote: "三千人", value: 3000, baseUnit: "人", comparator: "gt" },
    ]);
    expect(quotes("坚持“两个毫不动摇”，突出抓好十方面工作，实施三大改造")).toEqual([]);
  });

  it("gives a list item without its unit the unit of the next item", () => {
    expect(quantities("单日最高客运量达1409万、1305万人次")).toMatchObject([
      { quote: "1409万", baseValue: 14090000, baseUnit: "人次" },
      { quote: "1305万人次", baseValue: 13050000, baseUnit: "人次" },
    ]);
  });

  it("treats 平米 as 平方米 and reads full-width digits", () => {
    expect(quantities("占地３１００平米")).toMatchObject([{ value: 3100, unit: "平米", baseUnit: "平方米" }]);
  });

  it("leaves out years, dates and durations", () => {
    expect(quotes("2025年，——2026年2月26日，时间：2026-02-03，2021-2025，连续10个月增长，6月底前")).toEqual(
      [],
    );
  });

  it("leaves out identifiers: 5G, PM2.5, 5#机组, 12345热线, 1号线", () => {
    expect(quotes("新建5G基站，PM2.5浓度，姚电公司5#、6#机组，“12345”热线，地铁1号线")).toEqual([]);
  });

  it("leaves out slogans, ordinals and ranks", () => {
    expect(quotes("“7+28+N”产业链群，“2+4+2”整治，第四名，第1位，排名倒26名，比上年提高3个位次")).toEqual([]);
  });

  it("leaves out the names of concepts written with numbers", () => {
    expect(
      quotes("构建“15分钟生活圈”，打造15分钟便民生活圈，以“100把扫帚”模式，“1名村（居）法律顾问”"),
    ).toEqual([]);
  });

  it("leaves out the report's own structure (`5个方面`)", () => {
    expect(quotes("重点抓好以下14个方面的工作")).toEqual([]);
  });

  it("leaves out numbers with no unit", () => {
    expect(quotes("空气质量综合指数4.463，“832平台”，“1530”工程")).toEqual([]);
  });

  it("reads a rate per one or two units (`万吨/日`, `元/年/人`)", () => {
    expect(
      quantities("处理能力提高到16.9万吨/日，低保标准提高到4800元/年/人，电价0.6元/千瓦时"),
    ).toMatchObject([
      { quote: "16.9万吨/日", unit: "万吨/日", baseValue: 169000, baseUnit: "吨/日" },
      { quote: "4800元/年/人", unit: "元/年/人", baseValue: 4800, baseUnit: "元/年/人" },
      { quote: "0.6元/千瓦时", baseUnit: "元/千瓦时" },
    ]);
  });

  it("reads trips of several kinds of vehicle (`辆（艘、架、列）次`) as trips of the first", () => {
    expect(quantities("出入境交通工具达2813.8万辆（艘、架、列）次，跨境车辆832万辆次")).toMatchObject([
      { quote: "2813.8万辆（艘、架、列）次", unit: "万辆次", baseValue: 28138000, baseUnit: "辆次" },
      { quote: "832万辆次", baseValue: 8320000, baseUnit: "辆次" },
    ]);
  });

  it("counts towns and townships (`由8镇9乡调整为10镇7乡`)", () => {
    expect(quantities("全县由8镇9乡调整为10镇7乡，覆盖5乡镇").map((q) => [q.quote, q.baseUnit])).toEqual([
      ["8镇", "镇"],
      ["9乡", "乡"],
      ["10镇", "镇"],
      ["7乡", "乡"],
      ["5乡镇", "乡镇"],
    ]);
  });

  it("reads a share in tenths (`占全国9成`, `7成以上`), not words that start with 成", () => {
    expect(quantities("无人机产量占全国9成，民生支出占7成以上，近8成的企业")).toMatchObject([
      { quote: "9成", baseValue: 9, baseUnit: "成", comparator: "eq" },
      { quote: "7成以上", baseValue: 7, baseUnit: "成", comparator: "gte" },
      { quote: "8成", baseValue: 8, baseUnit: "成", comparator: "approx" },
    ]);
    expect(quotes("2024年9月成立，45成为，建成投用")).toEqual([]);
  });

  it("does not count an area named by its number (`721片区`)", () => {
    expect(quotes("谋划启动721片区社区公园建设，新建3片林地")).toEqual(["3片"]);
  });

  it("reads a magnitude without digits with 余 or 多 as a count, and before a bound that ends its clause", () => {
    expect(quantities("举办赛事千余场，慰问万余名群众，外资保持在千亿元以上。")).toMatchObject([
      { quote: "千余场", baseValue: 1000, baseUnit: "场", comparator: "gt" },
      { quote: "万余名", baseValue: 10000, baseUnit: "名", comparator: "gt" },
      { quote: "千亿元以上", baseValue: 1e11, baseUnit: "元", comparator: "gte" },
    ]);
    expect(quotes("引进百亿元以上项目，三千余场")).toEqual(["三千余场"]);
  });

  it("reads a count in Chinese numerals with 余 or 多 as more than it", () => {
    expect(quantities("开展活动三百余场，新增十多家")).toMatchObject([
      { quote: "三百余场", baseValue: 300, comparator: "gt" },
      { quote: "十多家", baseValue: 10, comparator: "gt" },
    ]);
  });

  it("reads 期 as a count of runs after a bound or at the end of a clause, not as an issue number", () => {
    expect(quotes("举办培训班超10期，开办夜校12期。第3期工程，2024年3期")).toEqual(["10期", "12期"]);
  });

  it("reads a bound written before the `每…` a rate is per", () => {
    expect(quantities("食品抽检量超每千人6.6批次")).toMatchObject([{ quote: "6.6批次", comparator: "gt" }]);
  });

  it("reads a new level reached (`跃上…新台阶`, `跨越…大关`) as more than it", () => {
    expect(quantities("粮食产量跃上1.4万亿斤新台阶，经济总量跨越5000亿元大关，达到100亿元")).toMatchObject([
      { quote: "1.4万亿斤", comparator: "gt" },
      { quote: "5000亿元", comparator: "gt" },
      { quote: "100亿元", comparator: "eq" },
    ]);
  });

  it("leaves out the field a rank is taken in (`在168个重点城市…排名`), not a count in the same words", () => {
    expect(quotes("在168个重点城市空气质量排名倒26名，在12个乡镇推广")).toEqual(["12个"]);
    expect(quotes("在全省100个县中排名第5，在全国率先")).toEqual([]);
  });

  it("reads a count of people written with its magnitude only, named before or after it", () => {
    expect(quantities("职工医保参保人数突破5100万，8.8万京津老人来保康养，接待游客3300万。")).toMatchObject([
      { quote: "5100万", unit: "万人", baseValue: 51000000, baseUnit: "人", comparator: "gt" },
      { quote: "8.8万", unit: "万人", baseValue: 88000, baseUnit: "人" },
      { quote: "3300万", unit: "万人次", baseValue: 33000000, baseUnit: "人次" },
    ]);
    expect(quotes("总投资50万，全市常住人口中有3万是老人的子女，3万平")).toEqual([]);
  });

  it("reads a change written in Chinese numerals (`增长一倍`, `提高两个百分点`), and no other bare one", () => {
    expect(quantities("营业收入增长一倍，比重提高两个百分点，建设两个中心")).toMatchObject([
      { quote: "一倍", baseValue: 1, baseUnit: "倍", comparator: "eq" },
      { quote: "两个百分点", baseValue: 2, baseUnit: "百分点", comparator: "eq" },
    ]);
  });

  it("reads a bare hundred after a bound (`突破百条`), and no hundred that starts a word", () => {
    expect(quantities("开通航线突破百条，近百家企业入驻，每百户拥有汽车40辆")).toMatchObject([
      { quote: "百条", baseValue: 100, baseUnit: "条", comparator: "gt" },
      { quote: "40辆" },
    ]);
    expect(quotes("培育百强企业，百分之百覆盖")).toEqual([]);
  });

  it("reads `上万`, `上千` before a unit as more than the round number, not `线上`, `以上`", () => {
    expect(quantities("吸引参赛选手上万名，带动群众上千户")).toMatchObject([
      { quote: "万名", baseValue: 10000, baseUnit: "名", comparator: "gt" },
      { quote: "千户", baseValue: 1000, baseUnit: "户", comparator: "gt" },
    ]);
    expect(quotes("线上万人直播，网上千家店铺")).toEqual([]);
  });

  it("reads a share in tenths in Chinese numerals after a bound or a share's verb", () => {
    expect(quantities("工业产值比五年前增加六成以上，民生支出占比稳定在七成左右，超三成。")).toMatchObject([
      { quote: "六成以上", baseValue: 6, baseUnit: "成", comparator: "gte" },
      { quote: "七成左右", baseValue: 7, baseUnit: "成", comparator: "approx" },
      { quote: "三成", baseValue: 3, baseUnit: "成", comparator: "gt" },
    ]);
    expect(quotes("统一成立专班，十年如一成不变，三成员单位")).toEqual([]);
  });

  it("reads a count of young and old people written with its magnitude only, an age between", () => {
    expect(quantities("留住12.5万青年，为80万70岁以上老年人体检，高龄补贴惠及9万老年人。")).toMatchObject([
      { quote: "12.5万", baseValue: 125000, baseUnit: "人" },
      { quote: "80万", baseValue: 800000, baseUnit: "人" },
      { quote: "9万", baseValue: 90000, baseUnit: "人" },
    ]);
  });

  it("reads a size class (`5万吨级泊位`) in its own unit, not as a weight", () => {
    expect(quantities("建成5万吨级泊位2个")).toMatchObject([
      { quote: "5万吨级", baseValue: 50000, baseUnit: "吨级" },
      { quote: "2个" },
    ]);
  });

  it("reads 破 before a number as more than it, not 打破 or 攻破", () => {
    expect(quantities("年产值破百亿元，营收破5000万元，打破10项纪录。")).toMatchObject([
      { quote: "百亿元", baseValue: 1e10, comparator: "gt" },
      { quote: "5000万元", comparator: "gt" },
      { quote: "10项", comparator: "eq" },
    ]);
  });

  it("reads 不到 as at most and 首破 as more than", () => {
    expect(quantities("失业率不到3%，全年首破1000亿元").map((q) => q.comparator)).toEqual(["lte", "gt"]);
  });

  it("gives every bare number of a list the unit written after the last, magnitude included", () => {
    expect(quantities("占比分别提高12、18个百分点，分别增长3、5和8倍，产量1.2、3.5万吨")).toEqual([
      { quote: "12", value: 12, unit: "个百分点", baseValue: 12, baseUnit: "百分点", comparator: "eq" },
      {
        quote: "18个百分点",
        value: 18,
        unit: "个百分点",
        baseValue: 18,
        baseUnit: "百分点",
        comparator: "eq",
      },
      { quote: "3", value: 3, unit: "倍", baseValue: 3, baseUnit: "倍", comparator: "eq" },
      { quote: "5", value: 5, unit: "倍", baseValue: 5, baseUnit: "倍", comparator: "eq" },
      { quote: "8倍", value: 8, unit: "倍", baseValue: 8, baseUnit: "倍", comparator: "eq" },
      { quote: "1.2", value: 1.2, unit: "万吨", baseValue: 12000, baseUnit: "吨", comparator: "eq" },
      { quote: "3.5万吨", value: 3.5, unit: "万吨", baseValue: 35000, baseUnit: "吨", comparator: "eq" },
    ]);
  });

  it("shares no unit over years or ordinals listed before a unit", () => {
    expect(quotes("2023、2024年连续获评，第1、2名，3、5月份")).toEqual([]);
  });

  it("reads a level passed (`跨过`, `迈过`, `跨越`, `站上`, `迈上`) before an amount as more than it", () => {
    expect(
      quantities(
        "生产总值跨过2万亿元，进出口迈过5000亿元，营收跨越300亿元，总额站上3000亿元，规模迈上1万亿元",
      ).map((q) => q.comparator),
    ).toEqual(["gt", "gt", "gt", "gt", "gt"]);
  });

  it("does not bound a count of the levels passed (`五年跨过3个万亿级关口`)", () => {
    expect(quantities("地区生产总值五年跨过3个万亿级关口").map((q) => [q.quote, q.comparator])).toEqual([
      ["3个", "eq"],
    ]);
  });

  it("reads 方 after a magnitude as cubic metres, and not a bare number before a word", () => {
    expect(
      quantities("新增天然气产量8亿方以上，储气能力5亿方/年，签订3方协议").map((q) => [q.quote, q.baseUnit]),
    ).toEqual([
      ["8亿方以上", "立方米"],
      ["5亿方/年", "立方米/年"],
    ]);
  });

  it("counts editions held (`举办5届`) and circuits (`12回输电线路`), not a named edition or a year", () => {
    expect(
      quantities("连续举办5届博览会，建成12回输电线路，第6届运动会，2024届毕业生，2025回望，回迁安置3回").map(
        (q) => [q.quote, q.baseUnit],
      ),
    ).toEqual([
      ["5届", "届"],
      ["12回", "回"],
      ["3回", "回"],
    ]);
  });

  it("reads `个等级` as grades", () => {
    expect(quantities("水质提升1个等级")).toEqual([
      { quote: "1个等级", value: 1, unit: "个等级", baseValue: 1, baseUnit: "等级", comparator: "eq" },
    ]);
  });
});
