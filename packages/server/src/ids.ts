import { randomUUID } from "node:crypto";

/** A new opaque identifier for any row. */
export function newId(): string {
  return randomUUID();
}
