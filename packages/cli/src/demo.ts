// `luoshi demo` (the interim `npm start`): a short summary of the first customer's report from
// ../shared, or of the sample report shipped in examples/ when ../shared is not there.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Fact, ReadReportResult } from "@luoshi/report";
import { parseArgs } from "./args.js";
import { exitCodes } from "./cli-errors.js";
import type { CliIo } from "./cli-io.js";
import { readReportFile } from "./extract/read-report-file.js";

const samplePath = fileURLToPath(new URL("../../../examples/sample-report.md", import.meta.url));

/** The seed report, found through LUOSHI_SHARED_DIR or beside the checkout as ../shared. */
export function seedPath(env: NodeJS.ProcessEnv = process.env): string {
  const shared = env.LUOSHI_SHARED_DIR ?? fileURLToPath(new URL("../../../../shared/", import.meta.url));
  return `${shared.replace(/\/$/, "")}/seeds/000_ce1c9eea1a55d054.txt`;
}

export async function runDemo(words: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(words, [{ name: "help", short: "h", value: false }], "demo");
  if (args.options.help) {
    io.stdout.write(
      "用法：luoshi demo\n打印种子报告（../shared）或示例报告（examples/sample-report.md）的摘要。\n",
    );
    return exitCodes.ok;
  }
  const seed = seedPath();
  const path = existsSync(seed) ? seed : samplePath;
  const read = await readReportFile(path);
  if (!read.ok) throw read.error;
  const { file } = read;
  io.stdout.write(
    summarise(file.result, {
      // npm runs `npm start` in the package folder; INIT_CWD is where the user typed it.
      path: relative(process.env.INIT_CWD ?? process.cwd(), path) || path,
      bytes: file.bytes,
      encoding: file.encoding,
      readMs: file.readMs,
      isSample: path === samplePath,
    }),
  );
  return exitCodes.ok;
}

interface SummaryContext {
  path: string;
  bytes: number;
  encoding: string;
  readMs: number;
  isSample: boolean;
}

export function summarise(result: ReadReportResult, ctx: SummaryContext): string {
  const { report, facts, tasks } = result;
  const lines: string[] = [];
  lines.push(
    `落实 Luoshi · ${ctx.isSample ? "示例报告（未找到 ../shared，使用 examples/sample-report.md）" : "种子报告"}`,
  );
  lines.push(
    `文件：${ctx.path}（${ctx.encoding.toUpperCase()}，${(ctx.bytes / 1024).toFixed(1)} KB，提取用时 ${ctx.readMs.toFixed(1)} 毫秒）`,
  );
  const who = [report.place, report.year ? `${report.year}年` : null, report.title ?? "政府工作报告"]
    .filter(Boolean)
    .join(" ");
  const speaker = [report.speakerTitle, report.speaker].filter(Boolean).join(" ");
  lines.push(`报告：${who}${speaker ? `（${speaker}${report.date ? `，${report.date}` : ""}）` : ""}`);
  const byPeriod = countBy(facts, (f) => `${f.period} ${f.status === "target" ? "目标" : "实绩"}`);
  lines.push(
    `章节 ${result.sections.length} 个；量化事实 ${facts.length} 条${byPeriod ? `（${byPeriod}）` : ""}；重点任务 ${tasks.length} 项`,
  );
  const headline = tasks.find((t) => t.kind === "headline");
  if (headline) {
    const byId = new Map(facts.map((f) => [f.id, f]));
    const targets = headline.targetFactIds
      .map((id) => byId.get(id))
      .filter((f): f is Fact => f !== undefined);
    lines.push(`主要预期目标：${targets.map((f) => `${f.metric} ${f.quote}`).join("，") || "（未找到）"}`);
  }
  const themes = tasks.filter((t) => t.kind === "theme");
  for (const task of themes.slice(0, 5)) {
    const unit = task.leadUnit ? `，牵头：${task.leadUnit.unit}` : "";
    lines.push(`  · ${task.title}（目标 ${task.targetFactIds.length} 项${unit}）`);
  }
  if (themes.length > 5) lines.push(`  · ……共 ${themes.length} 项`);
  for (const issue of result.issues) lines.push(`提示：${issue.message}`);
  lines.push(`全部结果：npx luoshi extract ${quoteArg(ctx.path)} --format md`);
  return `${lines.join("\n")}\n`;
}

function countBy(facts: readonly Fact[], key: (f: Fact) => string): string {
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n} 条`).join("，");
}

function quoteArg(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
