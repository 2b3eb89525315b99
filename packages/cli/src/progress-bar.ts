// A one-line progress bar for folder runs, drawn only on a terminal: piped into a file or another
// program, stderr gets no carriage returns, only the lines that matter.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressBar {
  /** `done` of `total` finished; `current` names the last one. */
  update(done: number, current: string): void;
  /** Prints a line above the bar (a failure), keeping the bar below it. */
  log(line: string): void;
  /** Removes the bar. */
  finish(): void;
}

export interface ProgressOptions {
  /** Least time between two redraws, so thousands of small files do not flood the terminal. */
  intervalMs?: number;
  now?: () => number;
}

export function createProgressBar(
  stream: ProgressStream,
  total: number,
  options: ProgressOptions = {},
): ProgressBar {
  if (!stream.isTTY) {
    return { update() {}, log: (line) => void stream.write(`${line}\n`), finish() {} };
  }
  const interval = options.intervalMs ?? 80;
  const now = options.now ?? (() => performance.now());
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  let lastDone = 0;
  let lastName = "";
  const draw = () => {
    stream.write(`\r\x1b[K${progressLine(lastDone, total, lastName, stream.columns ?? 80)}`);
    shown = true;
  };
  return {
    update(done, current) {
      lastDone = done;
      lastName = current;
      const t = now();
      if (done < total && t - last < interval) return;
      last = t;
      draw();
    },
    log(line) {
      stream.write(`${shown ? "\r\x1b[K" : ""}${line}\n`);
      if (shown) draw();
    },
    finish() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}

/** `[######..........] 120/400  30%  河南省-2026.md`, cut to the terminal's width. */
export function progressLine(done: number, total: number, name: string, columns: number): string {
  const width = 24;
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const head = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${String(Math.floor(ratio * 100)).padStart(3)}%`;
  // Chinese characters take two columns; keep one spare so the terminal never wraps.
  let room = columns - displayWidth(head) - 3;
  let tail = "";
  for (const ch of name) {
    const w = displayWidth(ch);
    if (room - w < 0) break;
    tail += ch;
    room -= w;
  }
  return tail ? `${head}  ${tail}` : head;
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
