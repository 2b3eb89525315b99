export { type AppOptions, buildApp } from "./app.js";
export { type DatabaseConfig, type DatabaseHandle, openDatabase } from "./db/database.js";
export { migrateToLatest } from "./db/migrations.js";
export { type ErrorCode, errorCatalogue } from "./errors.js";
export { prepareFirstStart } from "./seed/first-start.js";
