#!/usr/bin/env node
// `npm run bench`: how fast and how well Luoshi extracts, beside a reference extractor on the same
// machine in the same run. It prints figures and asserts nothing (tests never time anything).
//
//   npm run bench [-- --mb 50] [--files 2000] [--skip-reference] [--skip-folder]
//
// 1. luoshi's readReport on one core (this thread): the seed report repeated to at least --mb MB of
//    UTF-8 text, after a warm-up; its quantity and full F1 on the seed gold (`luoshi extract` output
//    scored by ../shared/eval/score.mjs); its CPU time beside the wall time. Then checkReport (the
//    health check) on the same text, and readReport's linearity: long runs of pattern characters
//    at two sizes, CPU time and ratio.
// 2. The reference, @microsoft/recognizers-text-suite (Chinese number, percentage, currency,
//    dimension), over the seed once, line by line; its F1 scored the same way.
// 3. `luoshi extract DIR --out OUT` over --files copies of the seed: files per second, start-up included.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const { checkReport, readReport } = await import("@luoshi/report");

const root = fileURLToPath(new URL("../", import.meta.url));
const shared = join(root, "../shared");
const seedPath = join(shared, "seeds/000_ce1c9eea1a55d054.txt");
const goldPath = join(shared, "eval/gold/seed.jsonl");
const scorer = join(shared, "eval/score.mjs");
const bin = join(root, "packages/cli/bin/luoshi.js");
const args = parseArgs(process.argv.slice(2));
const hasShared = existsSync(seedPath) && existsSync(goldPath) && existsSync(scorer);
const inputPath = hasShared ? seedPath : join(root, "examples/sample-report.md");
const text = readFileSync(inputPath, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
const work = join(mkdtempSync(join(tmpdir(), "luoshi-bench-")));
const MB = 1e6;

try {
  console.log(
    `machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`,
  );
  console.log(`input: ${inputPath} (${(bytes / 1024).toFixed(1)} KB UTF-8, ${text.length} UTF-16 units)`);
  if (!hasShared)
    console.log("../shared is absent: using the sample report; F1 and the reference are skipped");
  console.log("");

  const ours = measureOurs();
  console.log("luoshi readReport, one core:");
  console.log(
    `  warm-up ${ours.warmups} runs; then ${ours.runs} runs = ${(ours.bytes / MB).toFixed(1)} MB in ${ours.seconds.toFixed(2)} s` +
      ` → ${ours.mbPerSecond.toFixed(2)} MB/s (${((ours.seconds / ours.runs) * 1000).toFixed(3)} ms per report, ${ours.facts} facts each)`,
  );
  console.log(
    `  CPU time (user + system, this thread and the collector): ${ours.cpuMbPerSecond.toFixed(2)} MB/s; wall time counts what other processes take from the core`,
  );
  const ourScore = hasShared ? scoreOurs() : null;
  if (ourScore) console.log(`  seed gold: ${describeScore(ourScore)}`);
  const check = measureCheck();
  console.log(
    `luoshi checkReport (health check): first call ${check.firstMs.toFixed(1)} ms (gazetteer built), then ${check.ms.toFixed(2)} ms per report with readReport, ${check.checkMs.toFixed(2)} ms given its result (${check.runs} runs, ${check.findings} findings)`,
  );

  console.log(
    "readReport linearity (CPU ms on 50 000 and 200 000 characters of one repeated piece; linear ≈ 4×):",
  );
  for (const row of measureLinearity()) {
    console.log(
      `  ${JSON.stringify(row.unit).padEnd(10)} ${row.small.toFixed(1).padStart(7)} ms ${row.large.toFixed(1).padStart(8)} ms  ×${row.ratio.toFixed(1)}`,
    );
  }

  let reference = null;
  if (hasShared && !args["skip-reference"]) {
    reference = await measureReference();
    console.log("");
    console.log(
      "reference @microsoft/recognizers-text-suite 1.3.1 (Culture.Chinese: number, percentage, currency, dimension):",
    );
    console.log(
      `  set-up ${reference.setupSeconds.toFixed(2)} s (not counted); seed once, line by line, in ${reference.seconds.toFixed(2)} s` +
        ` → ${reference.mbPerSecond.toFixed(4)} MB/s (${reference.facts} facts)`,
    );
    console.log(`  seed gold: ${describeScore(reference.score)}`);
    console.log(
      "  (it resolves values and units only: period, status, kind, comparator and metric are defaults)",
    );
    console.log("");
    console.log(
      `ratio: luoshi ${(ours.mbPerSecond / reference.mbPerSecond).toFixed(0)}× the reference's throughput;` +
        ` quantity F1 ${ourScore?.quantity.f1} vs ${reference.score.quantity.f1}, full F1 ${ourScore?.full.f1} vs ${reference.score.full.f1}`,
    );
  }

  if (!args["skip-folder"]) {
    const folder = measureFolder(Number(args.files ?? 2000));
    console.log("");
    console.log(
      `luoshi extract DIR --out OUT (${folder.files} copies of the input, default jobs on ${availableParallelism()} cores):`,
    );
    console.log(
      `  ${folder.files} files (${(folder.bytes / MB).toFixed(1)} MB) in ${folder.seconds.toFixed(2)} s wall, start-up included` +
        ` → ${(folder.files / folder.seconds).toFixed(0)} files/s, ${(folder.bytes / MB / folder.seconds).toFixed(2)} MB/s`,
    );
    console.log(`  its summary: ${folder.summary}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function measureOurs() {
  let facts = 0;
  let warmups = 0;
  const warmUntil = performance.now() + 1000;
  while (warmups < 20 || performance.now() < warmUntil) {
    facts = readReport(text).facts.length;
    warmups++;
  }
  const target = Number(args.mb ?? 50) * MB;
  const runs = Math.ceil(target / bytes);
  let sink = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < runs; i++) sink += readReport(text).facts.length;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (sink !== facts * runs) throw new Error("readReport gave different results on the same text");
  return {
    warmups,
    runs,
    bytes: runs * bytes,
    seconds,
    mbPerSecond: (runs * bytes) / MB / seconds,
    cpuMbPerSecond: (runs * bytes) / MB / cpuSeconds,
    facts,
  };
}

/**
 * Linearity: readReport on long runs of the characters its patterns look for, at two sizes. A
 * linear reader takes about four times as long on four times the text; a backtracking pattern or a
 * rescan per character shows as a ratio far above that.
 */
function measureLinearity() {
  const units = [
    "1%",
    "1个、",
    "增长1%、",
    "新增1家、",
    "1、",
    "等",
    "“",
    "（一）",
    "一是",
    "，",
    "。",
    "\n",
  ];
  const rows = [];
  for (const unit of units) {
    const ms = [50_000, 200_000].map((n) => {
      const input = `各位代表：\n一、2024年工作回顾\n${unit.repeat(Math.ceil(n / unit.length))}`;
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 3; r++) {
        const c = process.cpuUsage();
        readReport(input);
        const u = process.cpuUsage(c);
        best = Math.min(best, (u.user + u.system) / 1000);
      }
      return best;
    });
    rows.push({ unit, small: ms[0], large: ms[1], ratio: ms[1] / Math.max(0.01, ms[0]) });
  }
  return rows;
}

function measureCheck() {
  let started = performance.now();
  const findings = checkReport(text).findings.length;
  const firstMs = performance.now() - started;
  const runs = 200;
  started = performance.now();
  for (let i = 0; i < runs; i++) checkReport(text);
  const ms = (performance.now() - started) / runs;
  const read = readReport(text);
  started = performance.now();
  for (let i = 0; i < runs; i++) checkReport(text, read);
  return { firstMs, ms, checkMs: (performance.now() - started) / runs, runs, findings };
}

function scoreOurs() {
  const json = execFileSync(process.execPath, [bin, "extract", seedPath, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pred = join(work, "luoshi.json");
  writeFileSync(pred, json);
  return score(pred);
}

async function measureReference() {
  const { extractWithReference, warmUpReference } = await import("./reference-extractor.mjs");
  let started = performance.now();
  warmUpReference();
  const setupSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const facts = extractWithReference(text);
  const seconds = (performance.now() - started) / 1000;
  const pred = join(work, "reference.json");
  writeFileSync(pred, JSON.stringify({ facts }));
  return {
    setupSeconds,
    seconds,
    mbPerSecond: bytes / MB / seconds,
    facts: facts.length,
    score: score(pred),
  };
}

function measureFolder(files) {
  const dir = join(work, "reports");
  mkdirSync(dir);
  for (let i = 0; i < files; i++)
    copyFileSync(inputPath, join(dir, `report-${String(i).padStart(5, "0")}.md`));
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, "extract", dir, "--out", join(work, "out")], {
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`luoshi extract failed (${run.status}): ${run.stderr}`);
  return { files, bytes: files * bytes, seconds, summary: run.stdout.trim() };
}

function score(pred) {
  const out = execFileSync(
    process.execPath,
    [scorer, "--input", seedPath, "--gold", goldPath, "--pred", pred, "--json"],
    { encoding: "utf8" },
  );
  return JSON.parse(out.slice(0, out.lastIndexOf("}") + 1));
}

function describeScore(s) {
  return `quantity P ${s.quantity.precision} R ${s.quantity.recall} F1 ${s.quantity.f1}; full F1 ${s.full.f1}; bad_source ${s.bad_source} (${s.predicted} predicted, ${s.gold} gold)`;
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--skip-reference" || a === "--skip-folder") out[a.slice(2)] = true;
    else if (a.startsWith("--")) out[a.slice(2)] = argv[++i];
  }
  return out;
}
