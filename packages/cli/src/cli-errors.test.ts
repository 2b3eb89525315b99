import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CliError, cliErrorCodes, describeSystemError } from "./cli-errors.js";

describe("CliError", () => {
  it("gives one line with the message and the stable code", () => {
    const e = new CliError("INPUT_NOT_FOUND", { subject: "报告.md" });
    expect(e.line).toBe("luoshi: 找不到文件或文件夹：报告.md [INPUT_NOT_FOUND]");
    expect(e.exitCode).toBe(2);
  });

  it("maps every usage and input error to exit code 2 and only INTERNAL to 1", () => {
    for (const code of cliErrorCodes) {
      expect(new CliError(code, { subject: "x", reason: "y" }).exitCode, code).toBe(
        code === "INTERNAL" ? 1 : 2,
      );
    }
  });

  it("keeps every message on one line", () => {
    for (const code of cliErrorCodes)
      expect(new CliError(code, { subject: "x", reason: "y" }).line).not.toMatch(/\n/);
  });

  it("is listed, code by code, in the README's CLI section", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    for (const code of cliErrorCodes) expect(readme, code).toContain(`\`${code}\``);
  });
});

describe("describeSystemError", () => {
  it("explains common file-system errors in plain words", () => {
    expect(describeSystemError(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("没有权限");
    expect(describeSystemError(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("磁盘空间不足");
  });
});
