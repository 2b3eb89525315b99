import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readReportFile } from "./read-report-file.js";

const temp = mkdtempSync(join(tmpdir(), "luoshi-read-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("readReportFile", () => {
  it("keeps a UTF-8 byte-order mark so offsets index the file as a UTF-8 reader sees it", async () => {
    const path = join(temp, "bom.md");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("新增就业8000人")]));
    const read = await readReportFile(path);
    expect(read.ok && read.file.text).toBe(readFileSync(path, "utf8"));
    expect(read.ok && read.file.text.indexOf("8000")).toBe(5);
  });

  it("reports the encoding it decoded and the file's size in bytes", async () => {
    const path = join(temp, "gb.txt");
    // `新增就业8000人` in GB18030.
    writeFileSync(path, Buffer.from("d0c2d4f6becdd2b538303030c8cb", "hex"));
    const read = await readReportFile(path);
    expect(read.ok && [read.file.text, read.file.encoding, read.file.bytes]).toEqual([
      "新增就业8000人",
      "gb18030",
      14,
    ]);
  });

  it("returns a refusal as a value with the decoder's code", async () => {
    const path = join(temp, "empty.md");
    writeFileSync(path, "");
    const read = await readReportFile(path);
    expect(read.ok ? null : read.error.code).toBe("REPORT_EMPTY");
  });
});
