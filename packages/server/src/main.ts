// `npm start`: open the database (PGlite in ./data, or DATABASE_URL), migrate, set up the first
// start, then listen on HOST:PORT (127.0.0.1:3000 by default).
import { buildApp } from "./app.js";
import { readConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrations.js";
import { prepareFirstStart } from "./seed/first-start.js";

const config = readConfig(process.env, process.cwd());
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
const first = await prepareFirstStart(database.db, {
  seedReportPaths: config.seedReportPaths,
  now: new Date(),
});
if (first.created) {
  console.log("首次启动：已创建组织、单位和演示账号（密码只显示这一次）：");
  for (const c of first.credentials)
    console.log(`  ${c.role.padEnd(6)} ${c.username.padEnd(8)} ${c.password}  ${c.displayName}`);
  console.log("忘记密码时：npm run reset-password -w packages/server -- <用户名>");
  if (first.seed && "planId" in first.seed) console.log(`已导入并发布示例报告：${first.seed.path}`);
  else if (first.seed) console.log(`示例报告未导入：${first.seed.skipped}`);
  else console.log("未找到示例报告（../shared/seeds 或 examples/sample-report.md），跳过导入");
}

const app = await buildApp({
  database,
  logger: process.env.LOG_LEVEL !== "silent",
  // Behind an HTTPS proxy the session cookie should only travel encrypted.
  secureCookie: process.env.COOKIE_SECURE === "1",
});
const shutdown = async () => {
  await app.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
await app.listen({ host: config.host, port: config.port });
console.log(`Luoshi 已启动：http://${config.host}:${config.port}/ （API 文档 /api/docs）`);
