// The `luoshi` command as a user meets it: the real bin, spawned on real files.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliErrorCodes } from "./cli-errors.js";
import { csvColumns } from "./extract/render-csv.js";
import { factsMdFields } from "./test-support/facts-md.js";
import { parseCsv } from "./test-support/parse-csv.js";
import {
  binPath,
  type LuoshiRun,
  repoRoot,
  runLuoshi,
  samplePath,
  seedPath,
  sharedAvailable,
  sharedDir,
  stackTrace,
} from "./test-support/run-luoshi.js";

const temp = mkdtempSync(join(tmpdir(), "luoshi-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function expectOneLineError(run: LuoshiRun, code: string) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(new RegExp(`^luoshi: [^\\n]+ \\[${code}\\]\\n$`));
  expect(run.stderr).not.toMatch(stackTrace);
}

function expectExtractDocument(stdout: string, input: string) {
  const doc = JSON.parse(stdout);
  expect(Object.keys(doc)).toEqual(["report", "facts", "tasks", "sections", "issues"]);
  expect(Array.isArray(doc.facts)).toBe(true);
  for (const fact of doc.facts) {
    for (const field of factsMdFields) expect(fact, field).toHaveProperty(field);
    expect(Number.isInteger(fact.source.start) && Number.isInteger(fact.source.end)).toBe(true);
    expect(fact.source.end).toBeGreaterThan(fact.source.start);
    expect(fact.source.end).toBeLessThanOrEqual(input.length);
  }
  return doc;
}

function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(temp, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe("luoshi extract FILE", () => {
  it("prints the JSON contract for the sample report", async () => {
    const run = await runLuoshi(["extract", samplePath]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expectExtractDocument(run.stdout, readFileSync(samplePath, "utf8"));
  });

  it("defaults to JSON and gives the same output as --format json", async () => {
    const [plain, json] = await Promise.all([
      runLuoshi(["extract", samplePath]),
      runLuoshi(["extract", samplePath, "--format", "json"]),
    ]);
    expect(plain.stdout).toBe(json.stdout);
  });

  it("prints a Markdown summary with facts by part and tasks", async () => {
    const run = await runLuoshi(["extract", samplePath, "--format", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# /);
    expect(run.stdout).toContain("## 量化事实（按部分）");
    expect(run.stdout).toContain("## 重点任务");
  });

  it("prints CSV that reads back as one row per fact with a BOM and the FACTS.md columns", async () => {
    const [csv, json] = await Promise.all([
      runLuoshi(["extract", samplePath, "-f", "csv"]),
      runLuoshi(["extract", samplePath]),
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.stdout.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);
    const facts = JSON.parse(json.stdout).facts;
    expect(rows).toHaveLength(1 + facts.length);
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(csvColumns.length);
      expect(row[csvColumns.indexOf("quote")]).toBe(facts[i].quote);
    });
  });

  it("reads a GB18030 file like its UTF-8 twin", async () => {
    const gb = execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", samplePath]);
    const path = writeTemp("gb18030/示例县.txt", gb);
    const [fromGb, fromUtf8] = await Promise.all([
      runLuoshi(["extract", path]),
      runLuoshi(["extract", samplePath]),
    ]);
    expect(fromGb.code).toBe(0);
    expect(fromGb.stdout).toBe(fromUtf8.stdout);
  });

  it("reads a UTF-16 file with a byte-order mark like its UTF-8 twin", async () => {
    const text = readFileSync(samplePath, "utf8");
    const path = writeTemp(
      "utf16/示例县.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const [fromUtf16, fromUtf8] = await Promise.all([
      runLuoshi(["extract", path]),
      runLuoshi(["extract", samplePath]),
    ]);
    expect(fromUtf16.code).toBe(0);
    expect(fromUtf16.stdout).toBe(fromUtf8.stdout);
  });

  it("writes to --out instead of stdout, into a folder when --out is one", async () => {
    const file = join(temp, "out-file", "示例.json");
    const folder = join(temp, "out-folder");
    mkdirSync(folder, { recursive: true });
    const [toFile, toFolder] = await Promise.all([
      runLuoshi(["extract", samplePath, "--out", file]),
      runLuoshi(["extract", samplePath, "--format", "md", "-o", folder]),
    ]);
    expect([toFile.code, toFile.stdout, toFolder.code, toFolder.stdout]).toEqual([0, "", 0, ""]);
    expectExtractDocument(readFileSync(file, "utf8"), readFileSync(samplePath, "utf8"));
    expect(readFileSync(join(folder, "sample-report.md"), "utf8")).toContain("## 重点任务");
  });
});

describe.skipIf(!sharedAvailable && process.env.CI !== "true")("luoshi extract on the seed report", () => {
  it("prints JSON that the shared scorer reads with every source span holding its number", async () => {
    expect(existsSync(seedPath), `seed report not found at ${seedPath}`).toBe(true);
    const run = await runLuoshi(["extract", seedPath, "--format", "json"]);
    expect(run.code).toBe(0);
    expectExtractDocument(run.stdout, readFileSync(seedPath, "utf8"));
    const pred = writeTemp("seed.json", run.stdout);
    const scored = spawnSync(
      process.execPath,
      [
        join(sharedDir, "eval/score.mjs"),
        "--input",
        seedPath,
        "--gold",
        join(sharedDir, "eval/gold/seed.jsonl"),
        "--pred",
        pred,
      ],
      { encoding: "utf8" },
    );
    expect(scored.status).toBe(0);
    expect(scored.stdout).toMatch(/quantity_f1=[\d.]+ full_f1=[\d.]+ bad_source=0\n$/);
  });

  it("is what `npm start` summarises", async () => {
    const run = await runLuoshi(["demo"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("种子报告");
    expect(run.stdout).toContain("000_ce1c9eea1a55d054.txt");
  });
});

describe("luoshi extract refuses bad input with one line on stderr and exit code 2", () => {
  it("names a missing file", async () => {
    const run = await runLuoshi(["extract", join(temp, "没有这个文件.md")]);
    expectOneLineError(run, "INPUT_NOT_FOUND");
    expect(run.stderr).toContain("没有这个文件.md");
  });

  it("refuses an empty file", async () => {
    expectOneLineError(await runLuoshi(["extract", writeTemp("empty.md", "")]), "REPORT_EMPTY");
  });

  it("refuses a file of only blank lines", async () => {
    expectOneLineError(await runLuoshi(["extract", writeTemp("blank.txt", " \n\n\t\n")]), "REPORT_EMPTY");
  });

  it("refuses a binary file", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex");
    expectOneLineError(await runLuoshi(["extract", writeTemp("picture.md", png)]), "REPORT_BINARY");
  });

  it("refuses a file over the size limit", async () => {
    const big = writeTemp("big.txt", Buffer.alloc(11 * 1024 * 1024, "报"));
    expectOneLineError(await runLuoshi(["extract", big]), "REPORT_TOO_LARGE");
  });

  it("refuses a folder without reports", async () => {
    const dir = join(temp, "no-reports");
    writeTemp("no-reports/readme.docx", "not a report");
    expectOneLineError(
      await runLuoshi(["extract", dir, "--out", join(temp, "no-reports-out")]),
      "NO_REPORTS_IN_FOLDER",
    );
  });

  it("asks for --out when given a folder", async () => {
    expectOneLineError(await runLuoshi(["extract", join(repoRoot, "examples")]), "OUT_REQUIRED");
  });

  it("refuses an unknown format", async () => {
    const run = await runLuoshi(["extract", samplePath, "--format", "xlsx"]);
    expectOneLineError(run, "UNKNOWN_FORMAT");
    expect(run.stderr).toContain("json、md、csv");
  });

  it("refuses an unknown command", async () => {
    expectOneLineError(await runLuoshi(["exract", samplePath]), "UNKNOWN_COMMAND");
  });

  it("refuses an unknown option", async () => {
    expectOneLineError(await runLuoshi(["extract", samplePath, "--fromat", "md"]), "UNKNOWN_OPTION");
  });

  it("refuses a missing command or file", async () => {
    expectOneLineError(await runLuoshi([]), "MISSING_COMMAND");
    expectOneLineError(await runLuoshi(["extract"]), "MISSING_INPUT");
  });

  it("uses only codes from its one error catalogue", async () => {
    const runs = await Promise.all([runLuoshi(["extract", "/nonexistent.md"]), runLuoshi(["nope"])]);
    for (const run of runs) expect(cliErrorCodes).toContain(/\[([A-Z_]+)\]\n$/.exec(run.stderr)?.[1]);
  });
});

describe("luoshi extract DIR --out OUTDIR", () => {
  function makeFolder(name: string, withBadFile: boolean) {
    const dir = join(temp, name);
    copyFileSync(samplePath, writeTemp(`${name}/示例县.md`, ""));
    copyFileSync(samplePath, writeTemp(`${name}/市/示例市.txt`, ""));
    copyFileSync(samplePath, writeTemp(`${name}/市/县/另一县.markdown`, ""));
    writeTemp(`${name}/附件.docx`, "not a report");
    writeTemp(`${name}/.git/HEAD.md`, "ref: refs/heads/main");
    if (withBadFile) writeTemp(`${name}/坏文件.md`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    return dir;
  }

  it("writes one output per report, keeping the subfolders, and a summary line", async () => {
    const dir = makeFolder("folder-good", false);
    const out = join(temp, "folder-good-out");
    const run = await runLuoshi(["extract", dir, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^完成：3 个文件，量化事实 \d+ 条，重点任务 \d+ 项，失败 0 个，用时 \d+\.\d\d 秒\n$/,
    );
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      "市",
      "市/县",
      "市/县/另一县.json",
      "市/示例市.json",
      "示例县.json",
    ]);
    expectExtractDocument(
      readFileSync(join(out, "市/示例市.json"), "utf8"),
      readFileSync(samplePath, "utf8"),
    );
  });

  it("counts and names a bad file, finishes the others and exits with 1", async () => {
    const dir = makeFolder("folder-bad", true);
    const out = join(temp, "folder-bad-out");
    const run = await runLuoshi(["extract", dir, "--out", out, "--format", "csv"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^完成：4 个文件，.*失败 1 个/);
    expect(run.stderr).toMatch(/^luoshi: [^\n]*坏文件\.md[^\n]*\[REPORT_BINARY\]\n$/);
    expect(run.stderr).not.toMatch(stackTrace);
    expect(existsSync(join(out, "示例县.csv"))).toBe(true);
    expect(existsSync(join(out, "市/县/另一县.csv"))).toBe(true);
    expect(existsSync(join(out, "坏文件.csv"))).toBe(false);
  });

  it("draws no progress bar when stderr is piped", async () => {
    const run = await runLuoshi([
      "extract",
      makeFolder("folder-piped", true),
      "--out",
      join(temp, "folder-piped-out"),
    ]);
    expect(run.stderr).not.toContain("\r");
    expect(run.stderr).not.toContain("[#");
  });

  it.skipIf(!existsSync("/usr/bin/script"))("draws a progress bar on a terminal", () => {
    const dir = makeFolder("folder-tty", false);
    const command = [process.execPath, binPath, "extract", dir, "--out", join(temp, "folder-tty-out")]
      .map((w) => `'${w}'`)
      .join(" ");
    const terminal = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8" });
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toMatch(/\r\x1b\[K\[#+\.*\] \d\/3/);
    expect(terminal.stdout).toContain("完成：3 个文件");
  });

  it("gives the same outputs from worker threads as from one thread", async () => {
    const dir = makeFolder("folder-jobs", true);
    const [one, two] = await Promise.all([
      runLuoshi(["extract", dir, "--out", join(temp, "jobs-1"), "--jobs", "1"]),
      runLuoshi(["extract", dir, "--out", join(temp, "jobs-2"), "--jobs", "2"]),
    ]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stderr).toBe(one.stderr);
    for (const file of ["示例县.json", "市/示例市.json", "市/县/另一县.json"]) {
      expect(readFileSync(join(temp, "jobs-2", file), "utf8")).toBe(
        readFileSync(join(temp, "jobs-1", file), "utf8"),
      );
    }
  });

  it("does not read its own outputs back when --out is inside the folder", async () => {
    const dir = makeFolder("folder-inside", false);
    const first = await runLuoshi(["extract", dir, "--out", join(dir, "结果"), "--format", "md"]);
    const second = await runLuoshi(["extract", dir, "--out", join(dir, "结果"), "--format", "md"]);
    expect(first.stdout).toMatch(/^完成：3 个文件/);
    expect(second.stdout).toMatch(/^完成：3 个文件/);
  });

  it("keeps the extension in the output name when two reports share a name", async () => {
    writeTemp("folder-twins/报告.md", readFileSync(samplePath));
    writeTemp("folder-twins/报告.txt", readFileSync(samplePath));
    const out = join(temp, "folder-twins-out");
    const run = await runLuoshi(["extract", join(temp, "folder-twins"), "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["报告.md.json", "报告.txt.json"]);
  });

  it("refuses to write an output over its input", async () => {
    const dir = join(temp, "folder-self");
    writeTemp("folder-self/报告.md", readFileSync(samplePath));
    expectOneLineError(
      await runLuoshi(["extract", dir, "--out", dir, "--format", "md"]),
      "OUT_OVERWRITES_INPUT",
    );
    const file = join(dir, "报告.md");
    expectOneLineError(
      await runLuoshi(["extract", file, "--out", file, "--format", "md"]),
      "OUT_OVERWRITES_INPUT",
    );
    expect(readFileSync(file, "utf8")).toBe(readFileSync(samplePath, "utf8"));
  });

  it("refuses a --jobs that is not a small whole number", async () => {
    expectOneLineError(
      await runLuoshi(["extract", join(repoRoot, "examples"), "--out", join(temp, "x"), "--jobs", "0"]),
      "INVALID_JOBS",
    );
  });
});

describe("luoshi help and demo", () => {
  it("prints the commands with --help", async () => {
    const run = await runLuoshi(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("luoshi extract FILE");
    expect(run.stdout).toContain("luoshi extract DIR --out OUTDIR");
  });

  it("prints the options of extract with extract --help", async () => {
    const run = await runLuoshi(["extract", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--format", "--out", "--jobs"]) expect(run.stdout).toContain(option);
  });

  it("prints its version", async () => {
    const run = await runLuoshi(["--version"]);
    expect(run.stdout).toMatch(/^luoshi \d+\.\d+\.\d+\n$/);
  });

  it("summarises the sample report when ../shared is absent", async () => {
    const run = await runLuoshi(["demo"], { env: { LUOSHI_SHARED_DIR: join(temp, "no-shared") } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("examples/sample-report.md");
    expect(run.stdout).toContain("示例报告");
  });

  it("is reachable as npx luoshi from the repository root", () => {
    const run = spawnSync(join(repoRoot, "node_modules/.bin/luoshi"), ["--version"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^luoshi /);
  });
});
