// The database as a Fastify plugin: routes reach it as `app.db`; closing the app closes the database.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { DatabaseHandle } from "./database.js";
import type { Database } from "./schema.js";

declare module "fastify" {
  interface FastifyInstance {
    db: Kysely<Database>;
  }
}

export function databasePlugin(handle: DatabaseHandle, options: { closeWithApp: boolean }) {
  const plugin = async (app: FastifyInstance) => {
    app.decorate("db", handle.db);
    if (options.closeWithApp) app.addHook("onClose", async () => handle.close());
  };
  // Registered without encapsulation so every route sees the decoration (what fastify-plugin does).
  Object.assign(plugin, { [Symbol.for("skip-override")]: true });
  return plugin;
}
