import { describe, expect, it } from "vitest";
import { decodeReportBytes } from "./decode-report.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => Number.parseInt(b, 16)));
// `政府工作报告：新增就业8000人` encoded by iconv as GB18030.
const gb18030Sample = hex("d5feb8aeb9a4d7f7b1a8b8e6a3bad0c2d4f6becdd2b538303030c8cb");

describe("decodeReportBytes", () => {
  it("reads UTF-8 text", () => {
    expect(decodeReportBytes(utf8("政府工作报告"))).toEqual({
      ok: true,
      text: "政府工作报告",
      encoding: "utf-8",
    });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("报告")]);
    expect(decodeReportBytes(bytes)).toMatchObject({ ok: true, text: "报告" });
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    expect(decodeReportBytes(gb18030Sample)).toEqual({
      ok: true,
      text: "政府工作报告：新增就业8000人",
      encoding: "gb18030",
    });
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const text = "报告2026";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeReportBytes(bytes)).toMatchObject({ ok: true, text, encoding: "utf-16le" });
  });

  it("refuses an empty or whitespace-only file", () => {
    expect(decodeReportBytes(new Uint8Array())).toMatchObject({ ok: false, error: { code: "REPORT_EMPTY" } });
    expect(decodeReportBytes(utf8(" \n\t\n"))).toMatchObject({ ok: false, error: { code: "REPORT_EMPTY" } });
  });

  it("refuses binary data such as a PNG header", () => {
    const png = hex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
    expect(decodeReportBytes(png)).toMatchObject({ ok: false, error: { code: "REPORT_BINARY" } });
  });

  it("refuses a file over the size limit before decoding it", () => {
    const result = decodeReportBytes(new Uint8Array(2048), { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: "REPORT_TOO_LARGE" } });
    expect(result.ok || result.error.message).toContain("1.0 KB");
  });
});
