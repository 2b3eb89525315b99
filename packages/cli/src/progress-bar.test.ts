import { describe, expect, it } from "vitest";
import { createProgressBar, progressLine } from "./progress-bar.js";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, columns: 60, chunks, write: (s: string) => chunks.push(s) };
}

describe("createProgressBar", () => {
  it("draws nothing when the stream is not a terminal", () => {
    const s = stream(false);
    const bar = createProgressBar(s, 3);
    bar.update(1, "a.md");
    bar.update(3, "c.md");
    bar.finish();
    expect(s.chunks).toEqual([]);
  });

  it("still prints logged lines when the stream is not a terminal", () => {
    const s = stream(false);
    createProgressBar(s, 3).log("luoshi: 坏文件");
    expect(s.chunks).toEqual(["luoshi: 坏文件\n"]);
  });

  it("redraws one line in place on a terminal and clears it at the end", () => {
    const s = stream(true);
    let t = 0;
    const bar = createProgressBar(s, 2, { now: () => t });
    bar.update(1, "a.md");
    t = 1000;
    bar.update(2, "b.md");
    bar.finish();
    expect(s.chunks).toHaveLength(3);
    expect(s.chunks[0]).toMatch(/^\r\x1b\[K\[#+\.+\] 1\/2 {2}50% {2}a\.md$/);
    expect(s.chunks[1]).toContain("2/2 100%");
    expect(s.chunks[2]).toBe("\r\x1b[K");
  });

  it("skips redraws closer together than the interval but always draws the last", () => {
    const s = stream(true);
    const bar = createProgressBar(s, 100, { now: () => 0, intervalMs: 80 });
    for (let i = 1; i <= 100; i++) bar.update(i, `${i}.md`);
    expect(s.chunks).toHaveLength(2);
    expect(s.chunks[1]).toContain("100/100");
  });

  it("prints a logged line above the bar and draws the bar again", () => {
    const s = stream(true);
    const bar = createProgressBar(s, 2, { now: () => 0 });
    bar.update(1, "a.md");
    bar.log("luoshi: 坏文件");
    expect(s.chunks[1]).toBe("\r\x1b[Kluoshi: 坏文件\n");
    expect(s.chunks[2]).toContain("1/2");
  });
});

describe("progressLine", () => {
  it("cuts a long file name to the terminal width, counting Chinese characters as two columns", () => {
    const line = progressLine(1, 4, "河南省政府工作报告二〇二六年全文.md", 50);
    const width = [...line].reduce((w, ch) => w + (/[\u4e00-\u9fff〇]/.test(ch) ? 2 : 1), 0);
    expect(width).toBeLessThanOrEqual(49);
    expect(line).toContain("1/4  25%  河南省");
  });
});
