// Entry of a folder run's worker thread: like bin/luoshi.js, it runs the TypeScript sources through tsx.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
