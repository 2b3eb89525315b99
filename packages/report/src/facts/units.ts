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
  // the size class of a berth, channel or ship lock (`30万吨级航道`), not a weight moved
  吨级: "吨级",
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
  辆次: "辆次",
  艘次: "艘次",
  项次: "项次",
  家次: "家次",
  名: "名",
  位: "位",
  户: "户",
  农户: "户",
  // administrative units (`由8镇9乡调整为10镇7乡`)
  乡镇: "乡镇",
  镇: "镇",
  乡: "乡",
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
  // shares in tenths (`占全国9成`); `quantities.ts` keeps 建成, 成立 and the like out
  成: "成",
  // editions held (`连续举办5届博览会`; `quantities.ts` keeps `第六届` out) and circuits of a
  // power line (`建成12回输电线路`)
  届: "届",
  回: "回",
  // grades passed (`水质提升1个等级`)
  个等级: "等级",
  // time spans (years and dates are never facts)
  天: "天",
  小时: "小时",
  分钟: "分钟",
  个月: "月",
  个工作日: "工作日",
  工作日: "工作日",
};

/** Units by their first character's code, longest first: one lookup per number, not a scan of all. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const unit of Object.keys(UNIT_BASE).sort((a, b) => b.length - a.length)) {
  const list = UNITS_BY_FIRST.get(unit.charCodeAt(0));
  if (list) list.push(unit);
  else UNITS_BY_FIRST.set(unit.charCodeAt(0), [unit]);
}

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

/** What a rate's unit may be per: `元/吨`, `万吨/日`, `元/年/人`. */
const DENOMINATORS = [
  "平方米",
  "千瓦时",
  "立方米",
  "小时",
  "公里",
  "公斤",
  "千克",
  "秒",
  "天",
  "日",
  "月",
  "年",
  "人",
  "户",
  "亩",
  "吨",
  "辆",
  "次",
  "床",
  "件",
  "个",
  "度",
];

/**
 * The unit written at `pos`, longest first, with `/` denominators (`微克/立方米`, `元/吨`,
 * `万吨/日`, `元/年/人`).
 *
 * @example
 * matchUnit("万平方米以上", 1) // { unit: "平方米", base: "平方米", length: 3 }
 * matchUnit("元/年/人", 0) // { unit: "元/年/人", base: "元/年/人", length: 5 }
 */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(pos));
  if (candidates === undefined) {
    if (text.startsWith("微克/立方米", pos)) return { unit: "微克/立方米", base: "微克/立方米", length: 6 };
    return null;
  }
  for (const unit of candidates) {
    if (!text.startsWith(unit, pos)) continue;
    const base = UNIT_BASE[unit] as string;
    // `元/吨`, `次/秒`: a rate; each denominator must be a unit or a time word.
    let per = "";
    let at = pos + unit.length;
    for (let k = 0; k < 2 && text[at] === "/"; k++) {
      const denominator = DENOMINATORS.find((d) => text.startsWith(d, at + 1));
      if (!denominator) break;
      per += `/${denominator}`;
      at += 1 + denominator.length;
    }
    return { unit: unit + per, base: base + per, length: unit.length + per.length };
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

/** Base units that measure (money, shares, size, weight, energy, time) rather than count things. */
const MEASURE_UNITS = new Set([
  "元",
  "美元",
  "欧元",
  "港元",
  "日元",
  "英镑",
  "%",
  "‰",
  "百分点",
  "倍",
  "成",
  "等级",
  "平方米",
  "平方公里",
  "亩",
  "公顷",
  "公里",
  "千米",
  "米",
  "立方米",
  "吨",
  "吨标准煤",
  "千克",
  "公斤",
  "斤",
  "千瓦",
  "千瓦时",
  "兆瓦",
  "兆瓦时",
  "吉瓦",
  "吉瓦时",
  "千伏",
  "千伏安",
  "度",
  "天",
  "小时",
  "分钟",
  "月",
  "工作日",
]);

/**
 * True for a unit that measures rather than counts: money, shares, size, weight, energy, time,
 * and every rate (`元/吨`).
 *
 * @example
 * isMeasureUnit("元") // true
 * isMeasureUnit("座") // false
 */
export function isMeasureUnit(baseUnit: string): boolean {
  return MEASURE_UNITS.has(baseUnit) || baseUnit.includes("/");
}

/**
 * True for money, in any currency.
 *
 * @example
 * isMoneyUnit("美元") // true
 */
export function isMoneyUnit(baseUnit: string): boolean {
  return baseUnit.endsWith("元") || baseUnit === "英镑";
}
