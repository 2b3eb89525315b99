import { describe, expect, it } from "vitest";
import { deadlineOf, draftTask, milestonesUntil } from "./draft-tasks.js";

describe("deadlineOf", () => {
  it("is the year end unless the text names an earlier date", () => {
    expect(deadlineOf("全年新增城镇就业8000人以上", 2026)).toBe("2026-12-31");
    expect(deadlineOf("确保6月底前完成前期手续", 2026)).toBe("2026-06-30");
    expect(deadlineOf("九月底前全部建成投用", 2026)).toBe("2026-09-30");
    expect(deadlineOf("上半年完成主体工程", 2026)).toBe("2026-06-30");
  });

  it("knows February's length in leap years", () => {
    expect(deadlineOf("2月底前完成", 2028)).toBe("2028-02-29");
  });

  it("is empty when the year is unknown", () => {
    expect(deadlineOf("全年完成", null)).toBe("");
  });
});

describe("milestonesUntil", () => {
  it("sets quarter ends up to the deadline, the deadline last", () => {
    expect(milestonesUntil("2026-12-31")).toEqual([
      { name: "一季度末", due: "2026-03-31" },
      { name: "二季度末", due: "2026-06-30" },
      { name: "三季度末", due: "2026-09-30" },
      { name: "年底完成", due: "2026-12-31" },
    ]);
    expect(milestonesUntil("2026-05-31").map((m) => m.due)).toEqual(["2026-03-31", "2026-05-31"]);
  });
});

describe("draftTask", () => {
  it("suggests units from the catalogue given, with the words that triggered them", () => {
    const units = [
      { unit: "交通运输局", keywords: ["公路"] },
      { unit: "农业农村局", keywords: ["农村", "农田"] },
    ];
    const task = draftTask(
      {
        kind: "theme",
        title: "优化农村人居环境",
        area: null,
        areaSectionId: null,
        themeId: null,
        text: "加快公路提档升级，新建农村公路10公里以上，新建高标准农田1.2万亩。",
        source: { start: 0, end: 1 },
        sentences: [],
        targetFactIds: [],
      },
      2026,
      units,
    );
    expect(task.leadUnit).toEqual({ unit: "农业农村局", triggers: ["农村", "农田"] });
    expect(task.coUnits).toEqual([{ unit: "交通运输局", triggers: ["公路"] }]);
  });
});
