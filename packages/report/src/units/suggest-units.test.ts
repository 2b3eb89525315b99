import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultUnitCatalogue } from "./default-units.js";
import { rankUnits, suggestUnits } from "./suggest-units.js";
import type { UnitCatalogue } from "./unit-catalogue.js";

const seedPath = fileURLToPath(
  new URL("../../../../../shared/seeds/000_ce1c9eea1a55d054.txt", import.meta.url),
);

const lead = (task: Parameters<typeof suggestUnits>[0]) => suggestUnits(task).lead?.unit ?? null;

describe("suggestUnits on sentences of a district report's key-work part", () => {
  it("gives a roads task to the transport bureau", () => {
    expect(
      lead({
        title: "提速交通路网建设",
        text: "完善城市路网体系，实施恒山路、辉光路、农科路等 8 条南北向道路和沙王路、汉江路、秋水路等 6 条东西向道路建设，推进姚电大道、和顺路、姚孟路等主次干道提质改造。",
      }),
    ).toBe("交通运输局");
  });

  it("reads 农村公路 as a transport word, not as an agriculture word", () => {
    expect(lead("推进村庄排前路建设，新建农村公路 10 公里以上。")).toBe("交通运输局");
  });

  it("gives high-standard farmland to the agriculture and rural affairs bureau", () => {
    expect(
      lead("新建成高标准农田 1.2 万亩，全年粮食种植面积稳定在 8.2 万亩，发展提升现代设施农业 3000 亩。"),
    ).toBe("农业农村局");
  });

  it("gives employment targets to the human resources and social security bureau", () => {
    expect(
      lead({
        title: "大力推进就业创业",
        text: "开展职业技能培训不少于11000人次，实现新增城镇就业8000人以上、农村劳动力转移就业400人以上。",
      }),
    ).toBe("人力资源和社会保障局");
  });

  it("gives investment promotion to the commerce bureau with industry as a co-unit", () => {
    const s = suggestUnits({
      title: "精准招商选资",
      text: "立足辖区资源禀赋和产业基础，聚焦装备制造、生物医药、新型储能、现代物流等重点产业，深入开展以商招商、产业链招商、平台招商。",
    });
    expect(s.lead?.unit).toBe("商务局");
    expect(s.co.map((c) => c.unit)).toContain("工业和信息化局");
  });

  it("gives the science bureau the technology-SME count rather than the SME word inside it", () => {
    expect(lead("加大高新技术企业和科技型中小企业梯度培育力度。")).toBe("科技局");
  });

  it("lets the title outweigh a topic mentioned once in the body", () => {
    const s = suggestUnits({
      title: "守好安全生产底线",
      text: "聚焦危化、工贸、燃气、消防等重点领域，扎实开展隐患闭环整治。强化食品药品安全全流程监管，织密公共安全防护网。",
    });
    expect(s.lead?.unit).toBe("应急管理局");
    expect(s.co.map((c) => c.unit)).toContain("市场监督管理局");
  });

  it("takes the bold lead-in of a theme paragraph as its title", () => {
    const paragraph =
      "**守好生态环保底线。**扎实开展大气污染综合治理，常态化推进河湖“清四乱”，完成地下水超采综合治理。";
    const s = suggestUnits(paragraph);
    expect(s.lead?.unit).toBe("生态环境分局");
    expect(s.lead?.triggers[0]).toBe("生态环保");
    expect(s.co.map((c) => c.unit)).toContain("水利局");
  });

  it("names the words that triggered each suggestion, each found in the text", () => {
    const text =
      "着力抓好街道养老服务中心和社区养老服务设施提档升级，新增养老床位100张以上，扩大普惠托育服务资源供给。";
    const s = suggestUnits(text);
    expect(s.lead?.unit).toBe("民政局");
    for (const suggestion of [s.lead!, ...s.co]) {
      expect(suggestion.triggers.length).toBeGreaterThan(0);
      for (const word of suggestion.triggers) expect(text).toContain(word);
    }
  });

  it("still finds a keyword split by a page break", () => {
    expect(lead("开展职业技\n\n能培训不少于11000人次。")).toBe("人力资源和社会保障局");
  });
});

describe("suggestUnits in other report styles", () => {
  it("reads a city's rail transit task", () => {
    expect(
      lead({ title: "完善现代化基础设施", text: "加快地铁3号线和轨道交通环线建设，新改建干线公路120公里。" }),
    ).toBe("交通运输局");
  });

  it("reads a county's school building task", () => {
    expect(lead("新建改扩建幼儿园3所、中小学5所，新增学位2700个，实施义务教育薄弱环节改善工程。")).toBe(
      "教育局",
    );
  });

  it("reads a province's pollution control task", () => {
    expect(
      lead({
        title: "持续打好蓝天保卫战",
        text: "细颗粒物（PM2.5）平均浓度下降3%，重污染天数控制在10天以内。",
      }),
    ).toBe("生态环境分局");
  });

  it("reads a State Council sentence on medical insurance", () => {
    expect(lead("居民医保人均财政补助标准提高30元，全面推进医保支付方式改革，扩大长期护理保险试点。")).toBe(
      "医疗保障局",
    );
  });
});

describe("suggestUnits evidence rules", () => {
  it("suggests no lead when only broad words such as 项目 and 企业 occur", () => {
    expect(suggestUnits("推动项目建设，服务企业发展。")).toEqual({ lead: null, co: [] });
  });

  it("suggests nothing for an empty text", () => {
    expect(suggestUnits("")).toEqual({ lead: null, co: [] });
  });

  it("ranks a unit with more and more specific triggers above one with a single general word", () => {
    const ranked = rankUnits(
      "实施高标准农田建设和设施农业提升，推进农产品加工，引导农民专业合作社发展，完善项目储备。",
    );
    expect(ranked[0]?.unit).toBe("农业农村局");
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score * 2);
  });

  it("gives at most the requested number of co-units, strongest first", () => {
    const text =
      "统筹做好就业、教育、养老、医疗、文化、体育、交通、水利、消防、治安、普法、统计等工作，确保群众满意。";
    const s = suggestUnits(text, defaultUnitCatalogue, { maxCoUnits: 2, minCoScore: 0, coShareOfLead: 0 });
    expect(s.co).toHaveLength(2);
    const scores = rankUnits(text).map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("uses an organisation's own catalogue instead of the default one", () => {
    const own: UnitCatalogue = [{ unit: "行政审批和政务信息管理局", keywords: ["政务服务", "审批"] }];
    expect(suggestUnits("推动政务服务事项应进必进，实现大厅之外无审批。", own).lead).toEqual({
      unit: "行政审批和政务信息管理局",
      triggers: ["政务服务", "审批"],
    });
  });
});

describe("defaultUnitCatalogue", () => {
  it("holds the standard departments of a district or county government", () => {
    const units = defaultUnitCatalogue.map((r) => r.unit);
    for (const unit of [
      "发展和改革委员会",
      "工业和信息化局",
      "科技局",
      "财政局",
      "人力资源和社会保障局",
      "自然资源局",
      "住房和城乡建设局",
      "交通运输局",
      "农业农村局",
      "水利局",
      "商务局",
      "文化广电和旅游局",
      "卫生健康委员会",
      "民政局",
      "教育局",
      "应急管理局",
      "市场监督管理局",
      "生态环境分局",
      "城市管理局",
      "政务服务和大数据管理局",
      "金融工作局",
      "统计局",
      "公安分局",
      "信访局",
      "退役军人事务局",
      "司法局",
      "审计局",
      "医疗保障局",
      "林业局",
      "各乡镇（街道）",
    ]) {
      expect(units).toContain(unit);
    }
    expect(new Set(units).size).toBe(units.length);
  });

  it("lists each word at most once per department", () => {
    for (const rule of defaultUnitCatalogue) {
      const words = [...rule.keywords, ...(rule.broadKeywords ?? [])];
      expect(new Set(words).size, rule.unit).toBe(words.length);
    }
  });
});

// The seed's 24 themes of part 三, read at run time; where two departments could fairly lead, both
// are accepted.
const seedThemeLeads: Record<string, string[]> = {
  强化科技创新战略支撑: ["科技局"],
  推动产业集聚高质量发展: ["工业和信息化局"],
  促进服务业提质扩容: ["发展和改革委员会", "商务局"],
  培育多元消费增长极: ["商务局"],
  狠抓项目推进: ["发展和改革委员会"],
  做实谋划储备: ["发展和改革委员会"],
  精准招商选资: ["商务局"],
  深化政务服务集成改革: ["政务服务和大数据管理局"],
  营造公平诚信市场环境: ["市场监督管理局", "发展和改革委员会"],
  强化关键资源要素保障: ["自然资源局", "发展和改革委员会"],
  提速交通路网建设: ["交通运输局"],
  推进城市有机更新: ["住房和城乡建设局"],
  提升城市管理效能: ["城市管理局"],
  优化农村人居环境: ["农业农村局"],
  做强乡村特色产业: ["农业农村局"],
  提升乡村治理效能: ["农业农村局", "司法局", "民政局"],
  大力推进就业创业: ["人力资源和社会保障局"],
  促进教育优质均衡: ["教育局"],
  "优化“一老一小”服务供给": ["民政局"],
  提高公共服务水平: ["卫生健康委员会", "文化广电和旅游局"],
  强化社会兜底保障: ["民政局"],
  守好生态环保底线: ["生态环境分局"],
  守好安全生产底线: ["应急管理局"],
  守好社会稳定底线: ["公安分局", "信访局"],
};

describe("suggestUnits on every theme of the seed report", () => {
  const available = existsSync(seedPath);
  if (!available && process.env.CI === "true") {
    it("needs ../shared in CI", () => {
      expect.fail(`seed report not found at ${seedPath}`);
    });
  }
  it.skipIf(!available)("suggests a plausible lead for each of the 24 themes of part 三", () => {
    const themes = seedThemes(readFileSync(seedPath, "utf8"));
    expect(Object.keys(themes)).toEqual(Object.keys(seedThemeLeads));
    for (const [title, paragraph] of Object.entries(themes)) {
      expect(seedThemeLeads[title], title).toContain(lead(paragraph));
    }
  });
});

if (!existsSync(seedPath)) console.warn(`skipping the seed's themes: ${seedPath} is absent`);

// Theme paragraphs of the key-work part: a bold lead-in opens each; a page break continues it.
function seedThemes(text: string): Record<string, string> {
  const part = text.slice(text.search(/^#+\s*三、/m));
  const themes: Record<string, string> = {};
  let current: string | null = null;
  for (const line of part.split("\n")) {
    const m = /^\*\*([^*]+?)。\*\*/.exec(line);
    if (m?.[1]) {
      current = m[1];
      themes[current] = line;
    } else if (current && line.trim() && !/^#|^\*\*各位代表|^同时/.test(line)) {
      themes[current] += line;
    } else if (/^#|^\*\*各位代表|^同时/.test(line)) current = null;
  }
  return themes;
}
