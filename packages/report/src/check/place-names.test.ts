import { describe, expect, it } from "vitest";
import { readReport } from "../read-report.js";
import { checkReport } from "./check-report.js";
import { gazetteer, shortNamesOf } from "./gazetteer.js";
import { resolveOwnPlace } from "./place-names.js";
import { flagged, smallReport } from "./report-fixtures.js";

const placeFindings = (text: string) =>
  checkReport(text).findings.filter((f) => f.code === "PLACE_OTHER_JURISDICTION");

const county = (paragraph: string) =>
  smallReport("易县", 2026, ["## 一、2025年工作回顾", paragraph, "## 二、2026年重点工作", "抓好各项工作。"]);

describe("the gazetteer", () => {
  it("shortens names by their level word, and autonomous ones by the peoples named too", () => {
    expect(shortNamesOf("漯河市")).toEqual(["漯河"]);
    expect(shortNamesOf("湛河区")).toEqual(["湛河"]);
    expect(shortNamesOf("广西壮族自治区")).toEqual(["广西"]);
    expect(shortNamesOf("延边朝鲜族自治州")).toEqual(["延边"]);
    expect(shortNamesOf("巴音郭楞蒙古自治州")).toEqual(["巴音郭楞"]);
    expect(shortNamesOf("双江拉祜族佤族布朗族傣族自治县")).toEqual(["双江"]);
  });

  it("keeps no one-character short form (易 for 易县)", () => {
    expect(shortNamesOf("易县")).toEqual([]);
  });

  it("places 湛河区 in 平顶山市 in 河南省 and leaves out development zones", () => {
    const g = gazetteer();
    const zhanhe = g.byName.get("湛河区")?.[0];
    const city = g.divisions[zhanhe?.parent ?? -1];
    expect(city?.name).toBe("平顶山市");
    expect(g.divisions[city?.parent ?? -1]?.name).toBe("河南省");
    expect(g.byName.has("平顶山高新技术产业开发区")).toBe(false);
  });

  it("hangs a municipality's districts directly under it", () => {
    const g = gazetteer();
    const haidian = g.byName.get("海淀区")?.[0];
    expect(g.divisions[haidian?.parent ?? -1]?.name).toBe("北京市");
  });

  it("picks, of three 新华区, the one whose city the report names", () => {
    const text = smallReport("新华区", 2026, [
      "## 一、2025年工作回顾",
      "在平顶山市委的坚强领导下，平顶山经济稳步发展。",
    ]);
    const own = resolveOwnPlace(gazetteer(), readReport(text).report, text);
    expect(own?.name).toBe("新华区");
    expect(gazetteer().divisions[own?.parent ?? -1]?.name).toBe("平顶山市");
  });
});

describe("another jurisdiction's name where the report's own belongs", () => {
  it("flags a sibling county in 平安××", () => {
    const text = county("深化平安涞源建设。");
    expect(flagged(text, placeFindings(text))).toEqual(["涞源"]);
  });

  it("flags another city in 讲好××故事 and explains which city it is", () => {
    const text = county("策划非遗体验活动，讲好沧州故事。");
    const [finding] = placeFindings(text);
    expect(flagged(text, [finding!])).toEqual(["沧州"]);
    expect(finding?.message).toContain("河北省沧州市");
    expect(finding?.message).toContain("易县");
  });

  it("flags a city of another province in 以××高质量发展为己任 and in 开创××…新局面", () => {
    const text = county("以湛江高质量发展为己任。努力开创漯河高质量发展、高效能治理新局面。");
    expect(flagged(text, placeFindings(text))).toEqual(["湛江", "漯河"]);
  });

  it("flags a neighbour's name given the report's own level word (漯河区 for 湛河区)", () => {
    const text = smallReport("湛河区", 2026, [
      "## 一、2025年工作回顾",
      "向所有参与漯河区建设、支持漯河区发展的朋友们，致以崇高敬意！",
    ]);
    const findings = placeFindings(text);
    expect(flagged(text, findings)).toEqual(["漯河区", "漯河区"]);
    expect(findings[0]?.message).toContain("不是现有的行政区划");
  });

  it("flags a made-up slogan for another place's platform (漯河法治在线)", () => {
    const text = smallReport("湛河区", 2026, ["## 一、2025年工作回顾", "打造“漯河法治在线”平台。"]);
    expect(flagged(text, placeFindings(text))).toEqual(["漯河"]);
  });
});

describe("place names that are not slips", () => {
  it("accepts the report's own name, full or short", () => {
    expect(placeFindings(county("深化平安易县建设，讲好易县故事，以易县高质量发展为己任。"))).toEqual([]);
  });

  it("accepts parents in the set phrases (平安保定, 健康河北)", () => {
    expect(placeFindings(county("推进平安保定、健康河北建设。"))).toEqual([]);
  });

  it("accepts partners and proper nouns outside the set phrases", () => {
    const text = county(
      "与涞源县、涞水县共建康养基地，对接北京市、天津市，京雄高速易县段通车，沧州路完成改造。",
    );
    expect(placeFindings(text)).toEqual([]);
  });

  it("accepts a short name that is an ordinary word (创新合作 is not 合作市)", () => {
    expect(placeFindings(county("加强创新合作，打造智慧新城，推进平安法治易县建设。"))).toEqual([]);
  });

  it("accepts a district's name that is the ordinary word for part of a city (文明城区 is not 阳泉市城区)", () => {
    expect(placeFindings(county("启动中心城区一体创建全国文明城区，打造平安郊区、智慧矿区。"))).toEqual([]);
  });

  it("accepts a city's name that is also a word of a sentence (幸福安康 is not 安康市)", () => {
    expect(placeFindings(county("让人民群众生活更加幸福安康，建设更加幸福安康的美好家园。"))).toEqual([]);
  });

  it("accepts the cities of a province in the province's report", () => {
    const text = smallReport("河南省", 2026, [
      "## 一、2025年工作回顾",
      "建设平安郑州、健康洛阳，讲好河南故事。",
    ]);
    expect(placeFindings(text)).toEqual([]);
  });

  it("checks no place names in the national report", () => {
    const text = [
      "各位代表：",
      "",
      "现在，我代表国务院，向大会报告政府工作，请予审议。",
      "",
      "一、2024年工作回顾",
      "",
      "推进平安中国建设，支持深圳高质量发展。",
    ].join("\n");
    expect(placeFindings(text)).toEqual([]);
  });
});
