// `luoshi check` as a user meets it: the real bin on real files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type LuoshiRun,
  repoRoot,
  runLuoshi,
  seedPath,
  sharedAvailable,
  stackTrace,
} from "../test-support/run-luoshi.js";
import type { CheckDocument } from "./render-check.js";

const temp = mkdtempSync(join(tmpdir(), "luoshi-check-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLineError(run: LuoshiRun, code: string) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(new RegExp(`^luoshi: [^\\n]+ \\[${code}\\]\\n$`));
  expect(run.stderr).not.toMatch(stackTrace);
}

const slipReport = [
  "# 易县2026年政府工作报告",
  "",
  "——2026年1月12日在易县第十八届人民代表大会第五次会议上",
  "",
  "易县人民政府县长 张明",
  "",
  "各位代表：",
  "",
  "## 一、2025年工作回顾",
  "",
  "深化平安涞源建设，空气质量实现“两降一增”。",
  "",
  "## 二、2026年重点工作",
  "",
  "巩固“两降一升”成果。",
  "",
].join("\n");

const cleanReport = slipReport.replace("平安涞源", "平安易县").replace("两降一升", "两降一增");

describe("luoshi check FILE", () => {
  it("prints each finding with its line, severity, code and the source line marked, and exits 1 on errors", async () => {
    const run = await runLuoshi(["check", writeTemp("slips.md", slipReport)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("共 2 项：错误 1，警告 1，疑问 0");
    expect(run.stdout).toContain("行 11: 错误 [PLACE_OTHER_JURISDICTION] “平安涞源”：");
    expect(run.stdout).toMatch(/\n {2}深化平安涞源建设，[^\n]*\n {2}( +)\^\^\^\^\n/);
    expect(run.stdout).toContain("行 15: 警告 [NEAR_TWIN_PHRASE]");
    expect(run.stdout).toContain("另见：行 11");
  });

  it("exits 0 and says so when the report is clean", async () => {
    const run = await runLuoshi(["check", writeTemp("clean.md", cleanReport)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("未发现问题。");
  });

  it("exits 0 when there are warnings but no errors", async () => {
    const run = await runLuoshi([
      "check",
      writeTemp("warning.md", slipReport.replace("平安涞源", "平安易县")),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("[NEAR_TWIN_PHRASE]");
  });

  it("prints JSON with offsets into the file, line numbers and a summary", async () => {
    const path = writeTemp("slips.json.md", slipReport);
    const run = await runLuoshi(["check", path, "--format", "json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as CheckDocument;
    expect(doc.report).toEqual({ place: "易县", year: 2026 });
    expect(doc.summary).toEqual({ errors: 1, warnings: 1, questions: 0 });
    const text = readFileSync(path, "utf8");
    for (const f of doc.findings) expect(text.slice(f.source.start, f.source.end)).toBe(f.text);
    expect(doc.findings.map((f) => [f.code, f.severity, f.line, f.text])).toEqual([
      ["PLACE_OTHER_JURISDICTION", "error", 11, "涞源"],
      ["NEAR_TWIN_PHRASE", "warning", 15, "两降一升"],
    ]);
    expect(doc.findings[1]?.related).toEqual([
      { start: text.indexOf("两降一增"), end: text.indexOf("两降一增") + 4, line: 11 },
    ]);
  });
});

describe("luoshi check refuses bad input with one line on stderr and exit code 2", () => {
  it("asks for a file", async () => {
    const run = await runLuoshi(["check"]);
    expectOneLineError(run, "MISSING_INPUT");
    expect(run.stderr).toContain("luoshi check FILE");
  });

  it("names a missing file", async () => {
    expectOneLineError(await runLuoshi(["check", join(temp, "没有这个文件.md")]), "INPUT_NOT_FOUND");
  });

  it("refuses a folder", async () => {
    expectOneLineError(await runLuoshi(["check", join(repoRoot, "examples")]), "INPUT_IS_FOLDER");
  });

  it("refuses an empty file", async () => {
    expectOneLineError(await runLuoshi(["check", writeTemp("empty.md", "")]), "REPORT_EMPTY");
  });

  it("refuses a format it does not have", async () => {
    const run = await runLuoshi(["check", writeTemp("f.md", cleanReport), "--format", "md"]);
    expectOneLineError(run, "UNKNOWN_FORMAT");
    expect(run.stderr).toContain("text、json");
  });
});

describe.skipIf(!sharedAvailable && process.env.CI !== "true")("luoshi check on the seed report", () => {
  it("finds the other places' names and exits 1", async () => {
    const run = await runLuoshi(["check", seedPath]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("报告体检：000_ce1c9eea1a55d054.txt（湛河区 2026年）");
    expect(run.stdout).toContain("行 70: 错误 [PLACE_OTHER_JURISDICTION] “健康漯河”");
    expect(run.stdout).toContain("行 178: 疑问 [TARGET_BELOW_RESULT] 今年目标“新增城镇就业8000人以上”");
  });
});
