// Resets a user's password from the console and prints the new one:
//   npm run reset-password -w packages/server -- admin
import { readConfig } from "./config.js";
import { DataDirInUseError, openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrations.js";
import { AppError } from "./errors.js";
import { resetPasswordByUsername } from "./users/user.service.js";

const username = process.argv[2];
if (!username) {
  console.error("用法：npm run reset-password -w packages/server -- <用户名>");
  process.exit(2);
}
let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(readConfig(process.env, process.cwd()).database);
} catch (error) {
  console.error(
    error instanceof DataDirInUseError
      ? `${error.message}；也可由管理员在“单位与用户”页面重置`
      : "无法打开数据库",
  );
  process.exit(1);
}
try {
  await migrateToLatest(database.db);
  const password = await resetPasswordByUsername(database.db, username);
  console.log(`${username} 的新密码：${password}`);
} catch (error) {
  console.error(error instanceof AppError ? error.message : "重置失败");
  process.exitCode = 1;
} finally {
  await database.close();
}
