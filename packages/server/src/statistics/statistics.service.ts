// Report once: the statistics bureau's headline indicators update the matching targets directly,
// so no department types a figure the bureau already publishes.
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { setTargetCurrentValue } from "../items/item.repository.js";
import { findPublishedTargets, type PublishedTarget, upsertStatistics } from "./statistics.repository.js";
import { readStatisticsTable, type StatisticsRow } from "./statistics-table.js";

export interface StatisticsResult {
  matched: (StatisticsRow & { targets: { id: string; itemId: string; metric: string }[] })[];
  unmatched: StatisticsRow[];
  skippedRows: number;
}

export async function importStatistics(
  db: Kysely<Database>,
  actor: Actor,
  file: { fileName: string; bytes: Uint8Array },
  now: Date,
): Promise<StatisticsResult> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以导入统计数据" });
  const table = await readStatisticsTable(file.fileName, file.bytes);
  if (!table.ok)
    throw new AppError("STATISTICS_UNREADABLE", { message: `无法读取统计数据表：${table.message}` });
  if (table.rows.length === 0)
    throw new AppError("STATISTICS_UNREADABLE", { message: "统计数据表中没有数据行" });
  return db.transaction().execute(async (trx) => {
    await upsertStatistics(trx, actor.orgId, table.rows, actor.userId, now);
    const targets = await findPublishedTargets(trx, actor.orgId);
    const result: StatisticsResult = { matched: [], unmatched: [], skippedRows: table.skipped };
    for (const row of table.rows) {
      const hits = targets.filter((t) => matches(t, row));
      if (hits.length === 0) {
        result.unmatched.push(row);
        continue;
      }
      for (const t of hits) {
        await setTargetCurrentValue(trx, actor.orgId, t.id, {
          value: row.value,
          period: row.period,
          source: "statistics",
        });
      }
      result.matched.push({
        ...row,
        targets: hits.map((t) => ({ id: t.id, itemId: t.itemId, metric: t.metric })),
      });
    }
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "statistics.import",
      entity: "statistics",
      entityId: file.fileName,
      before: null,
      after: { rows: table.rows, matched: result.matched.length, unmatched: result.unmatched.length },
    });
    return result;
  });
}

function matches(target: PublishedTarget, row: StatisticsRow): boolean {
  if (!row.period.startsWith(String(target.year))) return false;
  const a = normalise(target.metric);
  const b = normalise(row.indicator);
  if (a === b) return true;
  const shorter = a.length < b.length ? a : b;
  return shorter.length >= 4 && (a.includes(b) || b.includes(a));
}

function normalise(name: string): string {
  return name.replace(/[\s（）()%：:·]/g, "");
}
