// Turns the bytes of an uploaded or read file into report text, refusing what cannot be a report.
// Pure (bytes in, text or a typed refusal out) so the CLI, the server and the browser share it.

/** Largest report file accepted: a long provincial report is ~100 KB; 10 MB leaves room for anything real. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export type ReportInputErrorCode = "REPORT_EMPTY" | "REPORT_TOO_LARGE" | "REPORT_BINARY" | "REPORT_ENCODING";

export interface ReportInputError {
  code: ReportInputErrorCode;
  message: string;
}

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; error: ReportInputError };

export interface DecodeOptions {
  maxBytes?: number;
}

/**
 * Decodes a report file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
 * Refuses empty, oversized and binary input with a message a user can act on.
 *
 * @example
 * const r = decodeReportBytes(await readFile(path));
 * if (!r.ok) console.error(r.error.message);
 */
export function decodeReportBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  if (bytes.length > maxBytes) {
    return refuse(
      "REPORT_TOO_LARGE",
      `文件过大（${formatSize(bytes.length)}），报告文件不能超过 ${formatSize(maxBytes)}`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    return looksBinary(bytes)
      ? refuse("REPORT_BINARY", "文件不是文本：请上传 Markdown 或纯文本格式的报告")
      : refuse("REPORT_ENCODING", "无法识别文件编码：请另存为 UTF-8 或 GB18030 编码的文本");
  }
  if (decoded.text.trim().length === 0) return refuse("REPORT_EMPTY", "文件内容为空");
  if (hasBinaryControls(decoded.text)) {
    return refuse("REPORT_BINARY", "文件不是文本：请上传 Markdown 或纯文本格式的报告");
  }
  return { ok: true, ...decoded };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes.length === 0) return { text: "", encoding: "utf-8" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return tryDecode(bytes.subarray(3), "utf-8");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), "utf-16be");
  if (bytes.includes(0)) return null;
  return tryDecode(bytes, "utf-8") ?? tryDecode(bytes, "gb18030");
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): { text: string; encoding: Encoding } | null {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample)
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  return control > 0;
}

// GB18030 decodes almost any byte sequence, so a binary file can come out as "text": control
// characters other than whitespace give it away.
function hasBinaryControls(text: string): boolean {
  let control = 0;
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control > 0 && control / limit > 0.001;
}

function refuse(code: ReportInputErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
