import { describe, expect, it } from "vitest";
import { parseArgs } from "./args.js";
import { CliError } from "./cli-errors.js";

const specs = [
  { name: "format", short: "f", value: true },
  { name: "help", short: "h", value: false },
] as const;

const errorCode = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof CliError ? e.code : "not a CliError";
  }
  return "no error";
};

describe("parseArgs", () => {
  it("reads an option's value from the next word or after an equals sign", () => {
    expect(parseArgs(["a.md", "--format", "md"], specs).options).toEqual({ format: "md" });
    expect(parseArgs(["--format=csv", "a.md"], specs)).toEqual({
      positionals: ["a.md"],
      options: { format: "csv" },
    });
    expect(parseArgs(["-f", "json", "-h"], specs).options).toEqual({ format: "json", help: true });
  });

  it("takes every word after -- as a positional, even one that starts with a dash", () => {
    expect(parseArgs(["--", "-报告.md"], specs).positionals).toEqual(["-报告.md"]);
  });

  it("refuses an unknown option with UNKNOWN_OPTION", () => {
    expect(errorCode(() => parseArgs(["--fromat", "md"], specs))).toBe("UNKNOWN_OPTION");
  });

  it("refuses an option without its value with MISSING_OPTION_VALUE", () => {
    expect(errorCode(() => parseArgs(["a.md", "--format"], specs))).toBe("MISSING_OPTION_VALUE");
    expect(errorCode(() => parseArgs(["--format", "--help"], specs))).toBe("MISSING_OPTION_VALUE");
  });

  it("refuses a value given to a flag", () => {
    expect(errorCode(() => parseArgs(["--help=yes"], specs))).toBe("UNEXPECTED_ARGUMENT");
  });
});
