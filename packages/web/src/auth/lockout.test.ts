import { describe, expect, it } from "vitest";
import { formatWait, lockoutMessage } from "./lockout.js";

describe("formatWait", () => {
  it("writes minutes and seconds", () => {
    expect(formatWait(90)).toBe("1分30秒");
  });

  it("leaves out parts that are zero", () => {
    expect(formatWait(3600)).toBe("1小时");
    expect(formatWait(600)).toBe("10分");
  });

  it("rounds a fraction of a second up, so the wait is never shown as over before it is", () => {
    expect(formatWait(0.2)).toBe("1秒");
  });
});

describe("lockoutMessage", () => {
  it("says the account is locked and how long to wait", () => {
    expect(lockoutMessage(125)).toBe("登录失败次数过多，账号已暂时锁定，请 2分5秒 后再试");
  });
});
