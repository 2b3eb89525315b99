// The units that government reports count and measure in, and the magnitudes written before them.

/** Unit as written → base unit (`平米` is `平方米`; `农户` counts `户`). */
const UNIT_BASE: Record<string, string> = {
  // money
  元: "元",
  美元: "美元",
  欧元: "欧元",
  港元: "港元",
  港币: "港元",
  日元: "日元",
  英镑: "英镑",
  // shares and changes
  "%": "%",
  "‰": "‰",
  个百分点: "百分点",
  百分点: "百分点",
  倍: "倍",
  // area, length, volume, weight
  平方米: "平方米",
  平米: "平方米",
  平方公里: "平方公里",
  平方千米: "平方公里",
  亩: "亩",
  公顷: "公顷",
  公里: "公里",
  千米: "千米",
  延米: "米",
  米: "米",
  立方米: "立方米",
  方: "立方米",
  吨: "吨",
  吨标准煤: "吨标准煤",
  吨标煤: "吨标准煤",
  千克: "千克",
  公斤: "公斤",
  斤: "斤",
  // energy and power
  千瓦: "千瓦",
  千瓦时: "千瓦时",
  兆瓦: "兆瓦",
  兆瓦时: "兆瓦时",
  吉瓦: "吉瓦",
  吉瓦时: "吉瓦时",
  千伏: "千伏",
  千伏安: "千伏安",
  度: "度",
  // people
  人: "人",
  人次: "人次",
  户次: "户次",
  件次: "件次",
  车次: "车次",
  项次: "项次",
  家次: "家次",
  名: "名",
  位: "位",
  户: "户",
  农户: "户",
  // things
  家: "家",
  个: "个",
  项: "项",
  件: "件",
  次: "次",
  场: "场",
  场次: "场次",
  所: "所",
  座: "座",
  条: "条",
  处: "处",
  块: "块",
  套: "套",
  台: "台",
  台套: "台套",
  部: "部",
  辆: "辆",
  艘: "艘",
  架: "架",
  架次: "架次",
  张: "张",
  间: "间",
  栋: "栋",
  幢: "幢",
  株: "株",
  棵: "棵",
  头: "头",
  只: "只",
  羽: "羽",
  尾: "尾",
  匹: "匹",
  枚: "枚",
  批: "批",
  批次: "批次",
  类: "类",
  款: "款",
  种: "种",
  门: "门",
  根: "根",
  盏: "盏",
  眼: "眼",
  宗: "宗",
  起: "起",
  例: "例",
  篇: "篇",
  册: "册",
  片: "片",
  段: "段",
  班次: "班次",
  班: "班",
  列: "列",
  趟: "趟",
  标箱: "标箱",
  标准箱: "标准箱",
  床: "床",
  支: "支",
  组: "组",
  份: "份",
  笔: "笔",
  轮: "轮",
  对: "对",
  期: "期",
  分: "分",
  // time spans (years and dates are never facts)
  天: "天",
  小时: "小时",
  分钟: "分钟",
  个月: "月",
  个工作日: "工作日",
  工作日: "工作日",
};

const UNITS_BY_LENGTH = Object.keys(UNIT_BASE).sort((a, b) => b.length - a.length);
const MAX_UNIT_LENGTH = UNITS_BY_LENGTH[0]?.length ?? 1;

/** Magnitudes, longest first. `千` is left out where it starts a unit's name (`千瓦`, `千米`). */
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["十亿", 1e9],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
];

export interface UnitMatch {
  /** As written, e.g. `平米`. */
  unit: string;
  base: string;
  length: number;
}

/**
 * The unit written at `pos`, longest first, with a `/` compound (`微克/立方米`, `元/吨`).
 *
 * @example
 * matchUnit("万平方米以上", 1) // { unit: "平方米", base: "平方米", length: 3 }
 */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const head = text.slice(pos, pos + MAX_UNIT_LENGTH + 4);
  if (head.startsWith("微克/立方米")) return { unit: "微克/立方米", base: "微克/立方米", length: 6 };
  for (const unit of UNITS_BY_LENGTH) {
    if (!head.startsWith(unit)) continue;
    const base = UNIT_BASE[unit] as string;
    // `元/吨`, `次/秒`: a rate; the denominator must be a unit or a time word.
    if (head[unit.length] === "/") {
      const rest = head.slice(unit.length + 1);
      const denominator = ["秒", "小时", "天", "年", "人", "亩", "吨", "平方米", "公里"].find((d) =>
        rest.startsWith(d),
      );
      if (denominator) {
        const full = `${unit}/${denominator}`;
        return { unit: full, base: `${base}/${denominator}`, length: full.length };
      }
    }
    return { unit, base, length: unit.length };
  }
  return null;
}

export interface MagnitudeMatch {
  text: string;
  factor: number;
}

/**
 * The magnitude written at `pos` (`万`, `亿`, `万亿` …), or null.
 *
 * @example
 * matchMagnitude("万亿元", 0) // { text: "万亿", factor: 1e12 }
 * matchMagnitude("千瓦", 0) // null: 千瓦 is a unit
 */
export function matchMagnitude(text: string, pos: number): MagnitudeMatch | null {
  for (const [m, factor] of MAGNITUDES) {
    if (!text.startsWith(m, pos)) continue;
    if (m === "千" || m.endsWith("千")) {
      const after = text[pos + m.length] ?? "";
      if ("瓦伏克米卡帕赫".includes(after) && after !== "") continue;
    }
    return { text: m, factor };
  }
  return null;
}
