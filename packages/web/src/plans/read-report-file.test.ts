import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readReportFile } from "./read-report-file.js";

const seedPath = new URL("../../../../../shared/seeds/000_ce1c9eea1a55d054.txt", import.meta.url);

describe("readReportFile", () => {
  it("reads the seed report's bytes into its text and a reading of it", async () => {
    const bytes = new Uint8Array(await readFile(seedPath));
    const result = readReportFile("000_ce1c9eea1a55d054.txt", bytes);
    expect(result.ok && result.text).toBe(new TextDecoder().decode(bytes));
    expect(result.ok && result.reading.issues.some((issue) => issue.code === "EMPTY_INPUT")).toBe(false);
  });

  it("reads a report saved as GB18030", () => {
    // "政府工作报告" in GB18030.
    const bytes = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]);
    const result = readReportFile("report.md", bytes);
    expect(result.ok && result.text).toBe("政府工作报告");
    expect(result.ok && result.encoding).toBe("gb18030");
  });

  it("refuses a Word file by its name before reading it", () => {
    const result = readReportFile("报告.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect(!result.ok && result.error.code).toBe("REPORT_FORMAT");
    expect(!result.ok && result.error.message).toContain(".md");
  });

  it("accepts an upper-case extension", () => {
    expect(readReportFile("REPORT.TXT", new TextEncoder().encode("政府工作报告")).ok).toBe(true);
  });

  it("refuses an empty file with the reader's own message", () => {
    const result = readReportFile("empty.txt", new Uint8Array());
    expect(!result.ok && result.error).toEqual({ code: "REPORT_EMPTY", message: "文件内容为空" });
  });
});
