// The extraction bars on real reports: the official scorer against the gold facts, and robustness on
// every report of the corpus. The reports live beside the checkout in ../shared and are never copied.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { toFactRecord } from "./fact-record.js";
import { readReport } from "./read-report.js";
import type { PartRole, ReadReportResult } from "./types.js";

const shared = fileURLToPath(new URL("../../../../shared/", import.meta.url));
const available = existsSync(join(shared, "eval", "score.mjs"));
if (!available && process.env.CI === "true") {
  throw new Error(
    `../shared is missing at ${shared}; CI needs the corpus and gold to check the extraction bars`,
  );
}
if (!available) console.warn(`Skipping corpus tests: ../shared is not at ${shared}`);

const SEED = join(shared, "seeds", "000_ce1c9eea1a55d054.txt");
const corpus = (name: string) => join(shared, "corpus", `${name}.md`);
const results = new Map<string, { input: string; result: ReadReportResult }>();
function read(path: string) {
  let hit = results.get(path);
  if (!hit) {
    const input = readFileSync(path, "utf8");
    hit = { input, result: readReport(input) };
    results.set(path, hit);
  }
  return hit;
}

interface Score {
  quantity: { f1: number };
  full: { f1: number };
  bad_source: number;
}

const work = available ? mkdtempSync(join(tmpdir(), "luoshi-score-")) : "";
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function score(input: string, gold: string): Score {
  const { result } = read(input);
  const pred = join(work, `${gold.replace(/\W/g, "_")}.json`);
  writeFileSync(pred, JSON.stringify({ facts: result.facts.map(toFactRecord) }));
  const goldFile = join(shared, "eval", "gold", `${gold}.jsonl`);
  const ranges = join(shared, "eval", "gold", `${gold}.ranges`);
  const args = [
    join(shared, "eval", "score.mjs"),
    "--input",
    input,
    "--gold",
    goldFile,
    "--pred",
    pred,
    "--json",
  ];
  if (existsSync(ranges)) args.push("--lines", readFileSync(ranges, "utf8").trim());
  // `--json` prints the scores as JSON, then the one-line summary.
  const out = execFileSync(process.execPath, args, { encoding: "utf8" });
  return JSON.parse(out.slice(0, out.lastIndexOf("}") + 1)) as Score;
}

describe.skipIf(!available)("extraction bars (official scorer against gold)", () => {
  it("scores the seed at quantity F1 ≥ 0.97, full F1 ≥ 0.90, with every source span exact", () => {
    const s = score(SEED, "seed");
    expect(s.bad_source).toBe(0);
    expect(s.quantity.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.full.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(["河南省-2026", "易县-2025"])(
    "scores %s at quantity F1 ≥ 0.95, full F1 ≥ 0.85, with every source span exact",
    (name) => {
      const s = score(corpus(name), name);
      expect(s.bad_source).toBe(0);
      expect(s.quantity.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.full.f1).toBeGreaterThanOrEqual(0.85);
    },
  );
});

describe.skipIf(!available)("the seed report", () => {
  it("reads its header: 湛河区, a county-level district, 2026, the session date and the speaker", () => {
    const { report } = read(SEED).result;
    expect(report).toMatchObject({
      title: "政府工作报告",
      place: "湛河区",
      level: "county",
      year: 2026,
      date: "2026-02-26",
      speaker: "马培翼",
      speakerTitle: "区长",
    });
  });

  it("finds its three parts from the Chinese numbering, whatever the Markdown levels say", () => {
    const { sections } = read(SEED).result;
    const parts = sections.filter((s) => s.level === 1 && s.marker !== "");
    expect(parts.map((s) => [s.marker, s.role])).toEqual([
      ["一、", "review"],
      ["二、", "outlook"],
      ["三、", "tasks"],
    ]);
    const areas = sections.filter((s) => s.level === 2 && s.parentId === parts[2]?.id);
    expect(areas.map((s) => s.marker)).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
      "（七）",
    ]);
  });

  it("drafts exactly the 24 themes of part 三 in reading order, after the main expected targets", () => {
    const { tasks } = read(SEED).result;
    expect(tasks[0]).toMatchObject({ kind: "headline", title: "主要预期目标" });
    expect(tasks[0]?.targetFactIds).toHaveLength(8);
    const themes = tasks.filter((t) => t.kind === "theme");
    expect(themes).toHaveLength(24);
    expect(themes[0]).toMatchObject({
      title: "强化科技创新战略支撑",
      area: "聚力产业培育，在特色发展上求突破",
    });
    expect(themes[23]).toMatchObject({ title: "守好社会稳定底线", area: "聚力安全稳定，在风险防控上下功夫" });
    expect(themes.map((t) => t.title)).toContain("优化“一老一小”服务供给");
  });

  it("gives each theme task the target facts of its paragraph, its units, a year-end deadline and milestones", () => {
    const { tasks, facts } = read(SEED).result;
    const task = tasks.find((t) => t.title === "强化科技创新战略支撑");
    const targets = task?.targetFactIds.map((id) => facts.find((f) => f.id === id)?.quote);
    expect(targets).toEqual(["8家", "6家", "2家", "5亿元以上", "78个以上", "12个以上"]);
    expect(task?.leadUnit?.unit).toBeTruthy();
    expect(task?.deadline).toBe("2026-12-31");
    expect(task?.milestones.map((m) => m.due)).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
  });

  it("marks the bold lead-ins as bold and maps their spans to the input", () => {
    const { input, result } = read(SEED);
    const theme = result.themes.find((t) => t.title === "强化关键资源要素保障");
    expect(theme?.bold).toBe(true);
    expect(input.slice(theme?.lead.start, theme?.lead.end)).toBe("强化关键资源要素保障。");
    // The paragraph runs on past the page break that split `“一地一策”` from `专班推进`.
    expect(input.slice(theme?.span.start, theme?.span.end)).toContain("专班推进");
  });
});

/** The scorer's provenance check: the cited span shows the number as written. */
function holdsNumber(input: string, fact: ReadReportResult["facts"][number]): boolean {
  if (fact.source.start < 0 || fact.source.end > input.length || fact.source.start >= fact.source.end)
    return false;
  const span = input.slice(fact.source.start, fact.source.end).replace(/\s+/g, "").replace(/,/g, "");
  const folded = span.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/\d/.test(folded)) return folded.includes(String(fact.value));
  return /[零〇一二两三四五六七八九十百千万亿]/.test(folded);
}

/** What each corpus report must read as, whatever its chrome and quirks. */
const EXPECTED: Record<
  string,
  { place: string; year: number; roles: PartRole[]; minTasks: number; headlineTargets: number }
> = {
  // A page that starts at the tasks: no part headings, six numbered work areas.
  "保定市-2024": { place: "保定市", year: 2024, roles: ["tasks"], minTasks: 6, headlineTargets: 7 },
  "保定市-2025": { place: "保定市", year: 2025, roles: ["review", "tasks"], minTasks: 9, headlineTargets: 7 },
  "国务院-2025": {
    place: "国务院",
    year: 2025,
    roles: ["review", "tasks", "government"],
    minTasks: 30,
    headlineTargets: 6,
  },
  // The annex of ten livelihood projects is part of this year's tasks.
  "广东省-2026": {
    place: "广东省",
    year: 2026,
    roles: ["review", "outlook", "tasks"],
    minTasks: 40,
    headlineTargets: 2,
  },
  "河南省-2026": {
    place: "河南省",
    year: 2026,
    roles: ["review", "outlook", "tasks"],
    minTasks: 30,
    headlineTargets: 9,
  },
  "涞源县-2022": {
    place: "涞源县",
    year: 2022,
    roles: ["review", "tasks", "government"],
    minTasks: 8,
    headlineTargets: 6,
  },
  "易县-2025": { place: "易县", year: 2025, roles: ["review", "tasks"], minTasks: 10, headlineTargets: 8 },
};

describe.skipIf(!available)("robustness on the corpus", () => {
  it.each(Object.keys(EXPECTED))("reads %s with the right year, place, part roles and tasks", (name) => {
    const want = EXPECTED[name] as (typeof EXPECTED)[string];
    const { result } = read(corpus(name));
    expect(result.report.place).toBe(want.place);
    expect(result.report.year).toBe(want.year);
    const roles = result.sections.filter((s) => s.parentId === null).map((s) => s.role);
    expect(roles.filter((r, i) => r !== roles[i - 1])).toEqual(want.roles);
    expect(result.tasks.filter((t) => t.kind === "theme").length).toBeGreaterThanOrEqual(want.minTasks);
    const headline = result.tasks.find((t) => t.kind === "headline");
    expect(headline?.targetFactIds).toHaveLength(want.headlineTargets);
  });

  it.each([...Object.keys(EXPECTED), "seed"])(
    "cites, for every fact of %s, a span that holds its number",
    (name) => {
      const { input, result } = read(name === "seed" ? SEED : corpus(name));
      expect(result.facts.length).toBeGreaterThan(20);
      for (const fact of result.facts) expect(holdsNumber(input, fact)).toBe(true);
    },
  );

  it("reads random slices and joins of every report without throwing, each fact's span holding its number", () => {
    const inputs = [SEED, ...Object.keys(EXPECTED).map(corpus)].map((path) => readFileSync(path, "utf8"));
    let state = 20250101;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor((state / 2147483648) * n);
    };
    const slice = () => {
      const text = inputs[random(inputs.length)] as string;
      const start = random(text.length);
      return text.slice(start, start + random(6000));
    };
    for (let n = 0; n < 120; n++) {
      // A slice starts and ends anywhere: inside a number, a surrogate pair, a tag or a heading.
      const input = Array.from({ length: 1 + random(3) }, slice).join(random(2) ? "\n" : "");
      const result = readReport(input);
      for (const fact of result.facts) expect(holdsNumber(input, fact)).toBe(true);
      for (const s of result.sections) expect(s.span.end).toBeLessThanOrEqual(input.length);
    }
  });

  it("reads long runs of the characters its patterns look for", () => {
    // Each is a trap for a backtracking pattern or a scan that restarts at every character.
    const units = [
      "1",
      "1、",
      "1%",
      "1个、",
      "增长1%、",
      "新增1家、",
      "等",
      "、",
      "“",
      "1.",
      "（一）",
      "万",
      "一是",
    ];
    for (const unit of [
      ...units,
      "增长",
      "。",
      "\n",
      "超",
      "——",
      "[1",
      "2024年",
      "&",
      "<!--",
      "|1%|\n",
      "投资1亿元的",
    ]) {
      const input = `各位代表：\n一、2024年工作回顾\n${unit.repeat(Math.ceil(30000 / unit.length))}`;
      const result = readReport(input);
      for (const fact of result.facts) expect(holdsNumber(input, fact)).toBe(true);
    }
  });

  it("reads thousands of sentences of a five-year review, each searched only within itself", () => {
    const input = `各位代表：\n一、“十三五”时期工作回顾\n五年来，${"地区生产总值年均增长1%。".repeat(3000)}`;
    const facts = readReport(input).facts;
    expect(facts).toHaveLength(3000);
    expect(facts.every((f) => f.period === "2016-2020")).toBe(true);
  });

  it("does not take the site's date or the link list for the year and place (涞源县 2022, site dated 2023)", () => {
    const { report } = read(corpus("涞源县-2022")).result;
    expect(report).toMatchObject({ year: 2022, date: "2022-01-27", place: "涞源县", speaker: "王燕" });
  });

  it("reads a year written in Chinese numerals from the part headings (易县: 二〇二四年工作回顾)", () => {
    const { facts } = read(corpus("易县-2025")).result;
    expect(facts.find((f) => f.quote === "6.4%")).toMatchObject({ period: "2024", status: "actual" });
  });

  it("leaves the glossary after a report out (易县's ※注释※ numbers are not this year's targets)", () => {
    const { input, result } = read(corpus("易县-2025"));
    const glossary = input.indexOf("※注释※");
    expect(glossary).toBeGreaterThan(0);
    expect(result.facts.every((f) => f.source.start < glossary)).toBe(true);
  });

  it("reads 国务院's report with no title, date or speaker as the State Council's", () => {
    const { report } = read(corpus("国务院-2025")).result;
    expect(report).toMatchObject({
      title: null,
      place: "国务院",
      level: "national",
      year: 2025,
      speaker: null,
    });
  });

  /** The report as a PDF export gives it: paragraphs hard-wrapped at `width`, each opened by an indent. */
  const hardWrap = (input: string, width: number) =>
    input
      .replace(/\*\*/g, "")
      .split("\n")
      .map((line) => {
        if (line.length <= width) return line;
        const pieces: string[] = [];
        for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
        return `　　${pieces.join("\n")}`;
      })
      .join("\n");
  const reading = (r: ReadReportResult) => ({
    facts: r.facts.map((f) =>
      [f.quote, f.metric, f.period, f.status, f.kind, f.direction, f.comparator].join("|"),
    ),
    themes: r.themes.map((t) => t.title),
  });

  it.each([
    ["seed", 38],
    ["seed", 50],
    ["广东省-2026", 36],
    ["国务院-2025", 44],
  ] as const)(
    "reads %s hard-wrapped at %i characters with indented paragraphs as it reads it unwrapped",
    (name, width) => {
      const input = readFileSync(name === "seed" ? SEED : corpus(name), "utf8").replace(/\*\*/g, "");
      expect(reading(readReport(hardWrap(input, width)))).toEqual(reading(readReport(input)));
    },
  );

  it("joins 广东's sentences broken at bold spans and finds its main expected targets", () => {
    const { result } = read(corpus("广东省-2026"));
    const headline = result.tasks.find((t) => t.kind === "headline");
    const quotes = headline?.targetFactIds.map((id) => result.facts.find((f) => f.id === id)?.quote);
    expect(quotes?.[0]).toBe("4.5%—5%");
  });
});
