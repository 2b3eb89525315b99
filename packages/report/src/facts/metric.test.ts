import { describe, expect, it } from "vitest";
import { changeDirectionBefore, leadingVerbOf, splitSubjects, tidyMetric } from "./metric.js";

describe("changeDirectionBefore", () => {
  it("reads a change verb right before the number", () => {
    expect(changeDirectionBefore("地区生产总值同比增长")).toBe("up");
    expect(changeDirectionBefore("刑事发案数下降")).toBe("down");
    expect(changeDirectionBefore("优良天数增幅")).toBe("up");
    expect(changeDirectionBefore("单位国内生产总值能耗降低")).toBe("down");
    expect(changeDirectionBefore("高等教育毛入学率提高")).toBe("up");
  });

  it("reads through words between the verb and the number", () => {
    expect(changeDirectionBefore("增长了")).toBe("up");
    expect(changeDirectionBefore("居民消费价格涨幅控制在")).toBe("up");
  });

  it("takes a level reached for a level, not a change", () => {
    expect(changeDirectionBefore("制造业投资占比提升至")).toBeNull();
    expect(changeDirectionBefore("常住人口城镇化率提高到")).toBeNull();
    expect(changeDirectionBefore("新增")).toBeNull();
    expect(changeDirectionBefore("规上工业增加值")).toBeNull();
  });
});

describe("tidyMetric", () => {
  it("drops scope words and the verb leading to a level", () => {
    expect(tidyMetric("全区养老床位达")).toBe("养老床位");
    expect(tidyMetric("确保储备库项目总数稳定在")).toBe("储备库项目总数");
    expect(tidyMetric("我们累计新增城镇就业")).toBe("累计新增城镇就业");
  });

  it("drops what a level is per when it follows the verb leading to it (`提高到每人每月`)", () => {
    expect(tidyMetric("城乡居民基础养老金最低标准提高到每人每月")).toBe("城乡居民基础养老金最低标准");
  });

  it("drops note markers and numbers with no unit from the words", () => {
    expect(tidyMetric("“雨露计划”（2）救助")).toBe("“雨露计划”救助");
    expect(tidyMetric("空气质量综合指数4.463、下降")).toBe("空气质量综合指数下降");
    expect(tidyMetric("PM2.5年均浓度下降")).toBe("PM2.5年均浓度下降");
  });

  it("drops the scope written after a two-character verb (`动员全省`)", () => {
    expect(tidyMetric("动员全省志愿者")).toBe("动员志愿者");
    expect(tidyMetric("占全国比重")).toBe("占全国比重");
  });

  it("drops what a change is compared with, keeping the change", () => {
    expect(tidyMetric("信访总量同比下降")).toBe("信访总量下降");
    expect(tidyMetric("赤字规模比上年年初预算增加")).toBe("赤字规模增加");
  });

  it("keeps 比重 and 占比, which are not comparisons", () => {
    expect(tidyMetric("战略性新兴产业增加值占规上工业比重")).toBe("战略性新兴产业增加值占规上工业比重");
  });

  it("drops list markers", () => {
    expect(tidyMetric("1.地区生产总值增长")).toBe("地区生产总值增长");
    expect(tidyMetric("一是实施重点项目")).toBe("实施重点项目");
  });
});

describe("splitSubjects", () => {
  it("gives short items the head of the last one", () => {
    expect(splitSubjects("城镇、农村居民人均可支配收入")).toEqual([
      "城镇居民人均可支配收入",
      "农村居民人均可支配收入",
    ]);
    expect(splitSubjects("刑事治安、涉诈、涉毒警情")).toEqual(["刑事治安警情", "涉诈警情", "涉毒警情"]);
    expect(splitSubjects("高技术制造业、装备制造业增加值")).toEqual([
      "高技术制造业增加值",
      "装备制造业增加值",
    ]);
  });

  it("gives later short items the modifier of the first", () => {
    expect(splitSubjects("研发费用加计扣除政策享受户数与金额")).toEqual([
      "研发费用加计扣除政策享受户数",
      "研发费用加计扣除政策享受金额",
    ]);
  });

  it("gives every item the measure the last one names", () => {
    expect(splitSubjects("新能源及智能电网、新材料、生物医药健康产业增速")).toEqual([
      "新能源及智能电网增速",
      "新材料增速",
      "生物医药健康产业增速",
    ]);
    expect(splitSubjects("水果、蔬菜、茶叶产量")).toEqual(["水果产量", "蔬菜产量", "茶叶产量"]);
  });

  it("leaves whole subjects alone", () => {
    expect(splitSubjects("空气质量综合指数、PM2.5浓度")).toEqual(["空气质量综合指数", "PM2.5浓度"]);
    expect(splitSubjects("游客人次、旅游花费")).toEqual(["游客人次", "旅游花费"]);
  });

  it("reads 城乡居民 as the urban and the rural figure", () => {
    expect(splitSubjects("城乡居民人均可支配收入")).toEqual([
      "城镇居民人均可支配收入",
      "农村居民人均可支配收入",
    ]);
  });
});

describe("leadingVerbOf", () => {
  it("finds the verb a list's later items share, with an adverb before it", () => {
    expect(leadingVerbOf("新增创新型中小企业")).toBe("新增");
    expect(leadingVerbOf("累计创建国家级制造业创新中心")).toBe("累计创建");
    expect(leadingVerbOf("专精特新企业")).toBeNull();
  });
});
