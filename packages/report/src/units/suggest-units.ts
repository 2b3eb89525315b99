// Drafts who should lead a task and who should help, from the words of the task itself. The office
// reviews the draft, so each suggestion carries the words that triggered it.
import type { UnitSuggestion } from "../types.js";
import { defaultUnitCatalogue } from "./default-units.js";
import type { UnitCatalogue } from "./unit-catalogue.js";

export interface UnitSuggestions {
  lead: UnitSuggestion | null;
  co: UnitSuggestion[];
}

/** A task's wording: its title (the theme's lead-in) and the rest of its paragraph. */
export interface TaskWording {
  title: string;
  text: string;
}

/** A department with the weight of evidence for it, strongest trigger first. */
export interface RankedUnit extends UnitSuggestion {
  score: number;
}

export interface SuggestUnitsOptions {
  /** Least evidence for a lead: one plain keyword near the start of the text scores 1. */
  minLeadScore?: number;
  /** Least evidence for a co-unit, also never below `coShareOfLead` of the lead's score. */
  minCoScore?: number;
  coShareOfLead?: number;
  maxCoUnits?: number;
}

const defaults: Required<SuggestUnitsOptions> = {
  minLeadScore: 1,
  minCoScore: 1,
  coShareOfLead: 0.12,
  maxCoUnits: 4,
};

// A word in the title names what the task is about; the same word deep in the paragraph is often
// one item of a list of means, so it counts for less.
const titleWeight = 3;
const bodyWeightAtEnd = 0.6;
const broadWeight = 0.4;
// Repeating a word adds evidence, but a paragraph that says 项目 ten times is not ten times a 发改 task.
const repeatWeight = 0.3;
const maxRepeats = 3;
// A lead-in is a short sentence; a longer first sentence is already the body.
const maxTitleLength = 40;
const maxPlainTitleLength = 20;

/**
 * Suggests the lead unit and co-units for a task from the words of its text. A plain string is read
 * as a theme paragraph: its first short sentence (`强化科技创新战略支撑。`) is taken as the title.
 *
 * @example
 * suggestUnits("新建农村公路10公里以上", defaultUnitCatalogue).lead?.unit // "交通运输局"
 * suggestUnits({ title: "大力推进就业创业", text: "开展职业技能培训不少于11000人次。" }).lead?.unit
 * // "人力资源和社会保障局"
 */
export function suggestUnits(
  task: string | TaskWording,
  catalogue: UnitCatalogue = defaultUnitCatalogue,
  options: SuggestUnitsOptions = {},
): UnitSuggestions {
  const o = { ...defaults, ...options };
  const ranked = rankUnits(task, catalogue);
  const first = ranked[0];
  if (!first || first.score < o.minLeadScore) return { lead: null, co: [] };
  const coFloor = Math.max(o.minCoScore, first.score * o.coShareOfLead);
  const co = ranked
    .slice(1)
    .filter((r) => r.score >= coFloor)
    .slice(0, o.maxCoUnits);
  return { lead: presentSuggestion(first), co: co.map(presentSuggestion) };
}

/**
 * Every department of the catalogue that the task's words point to, strongest evidence first
 * (ties keep catalogue order). Scores add, per distinct word: its specificity (longer words and
 * non-broad keywords weigh more) times its place (title ×3; body from 1 at the start to 0.6 at the
 * end), plus a little for each repetition.
 *
 * @example
 * rankUnits("**做强乡村特色产业。**新建成高标准农田1.2万亩。")[0]?.unit // "农业农村局"
 */
export function rankUnits(
  task: string | TaskWording,
  catalogue: UnitCatalogue = defaultUnitCatalogue,
): RankedUnit[] {
  const { title, text } = typeof task === "string" ? splitTitle(task) : task;
  const matcher = compile(catalogue);
  const evidence = new Map<number, Map<string, { weight: number; repeats: number }>>();
  const add = (hits: Hit[], place: (position: number) => number) => {
    for (const hit of hits) {
      for (const { rule, weight } of hit.entry.rules) {
        const w = weight * place(hit.position);
        let words = evidence.get(rule);
        if (!words) {
          words = new Map();
          evidence.set(rule, words);
        }
        const seen = words.get(hit.entry.word);
        if (!seen) words.set(hit.entry.word, { weight: w, repeats: 0 });
        else {
          seen.weight = Math.max(seen.weight, w);
          seen.repeats++;
        }
      }
    }
  };
  const titleText = normalise(title);
  const bodyText = normalise(text);
  add(findWords(titleText, matcher), () => titleWeight);
  const span = Math.max(1, bodyText.length);
  add(findWords(bodyText, matcher), (p) => 1 - ((1 - bodyWeightAtEnd) * p) / span);

  const ranked: (RankedUnit & { order: number })[] = [];
  for (const [rule, words] of evidence) {
    const triggers = [...words.entries()].sort((a, b) => b[1].weight - a[1].weight);
    const score = triggers.reduce(
      (sum, [, w]) => sum + w.weight + w.weight * repeatWeight * Math.min(w.repeats, maxRepeats),
      0,
    );
    ranked.push({
      unit: catalogue[rule]!.unit,
      triggers: triggers.map(([word]) => word),
      score: Math.round(score * 100) / 100,
      order: rule,
    });
  }
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ order: _order, ...r }) => r);
}

function presentSuggestion(r: RankedUnit): UnitSuggestion {
  return { unit: r.unit, triggers: r.triggers };
}

// A theme paragraph opens with a lead-in: in bold (`**强化科技创新战略支撑。**`), or plain and then
// short and without a comma. A lone sentence is all body: there is nothing for it to title.
function splitTitle(paragraph: string): TaskWording {
  const bold = /^\s*\*\*([^*]{2,})\*\*/.exec(paragraph);
  if (bold?.[1] && bold[1].length <= maxTitleLength) {
    return { title: bold[1], text: paragraph.slice(bold[0].length) };
  }
  const plain = /^\s*([^。！？!?，,；;\n]{2,})[。！？!?]/.exec(paragraph);
  const rest = plain ? paragraph.slice(plain[0].length) : "";
  if (plain?.[1] && plain[1].length <= maxPlainTitleLength && rest.trim()) {
    return { title: plain[1], text: rest };
  }
  return { title: "", text: paragraph };
}

// Page breaks split words (`技能照\n\n亮前程`) and full-width letters spell `５Ｇ`; neither should
// hide a keyword.
function normalise(s: string): string {
  return s
    .replace(/[\s*]+/g, "")
    .replace(/[\uff01-\uff5e]/g, (c) =>
      /[０-９Ａ-Ｚａ-ｚ．]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c,
    )
    .toUpperCase();
}

interface Entry {
  word: string;
  rules: { rule: number; weight: number }[];
}

interface Hit {
  entry: Entry;
  position: number;
}

/**
 * Keywords by their first character's code, then their second's (longest first), with one-character
 * words apart: one pass finds the longest word at each place with a lookup or two.
 */
interface Matcher {
  /** 1 where some keyword starts with that character. */
  starts: Uint8Array;
  /** 1 where some keyword may start with that pair of characters (a hash: 0 rules the pair out). */
  pairSeen: Uint8Array;
  pairs: Map<number, Map<number, Entry[]>>;
  singles: Map<number, Entry>;
}

const compiled = new WeakMap<UnitCatalogue, Matcher>();

function compile(catalogue: UnitCatalogue): Matcher {
  const cached = compiled.get(catalogue);
  if (cached) return cached;
  const byWord = new Map<string, Entry>();
  catalogue.forEach((rule, index) => {
    const words = [
      ...rule.keywords.map((w) => [w, 1] as const),
      ...(rule.broadKeywords ?? []).map((w) => [w, broadWeight] as const),
    ];
    for (const [raw, kindWeight] of words) {
      const word = normalise(raw);
      if (!word) continue;
      let entry = byWord.get(word);
      if (!entry) {
        entry = { word, rules: [] };
        byWord.set(word, entry);
      }
      if (!entry.rules.some((r) => r.rule === index)) {
        entry.rules.push({ rule: index, weight: kindWeight * specificity(word) });
      }
    }
  });
  const matcher: Matcher = {
    starts: new Uint8Array(0x10000),
    pairSeen: new Uint8Array(0x10000),
    pairs: new Map(),
    singles: new Map(),
  };
  for (const entry of byWord.values()) {
    const first = entry.word.charCodeAt(0);
    matcher.starts[first] = 1;
    if (entry.word.length === 1) {
      matcher.singles.set(first, entry);
      continue;
    }
    let seconds = matcher.pairs.get(first);
    if (!seconds) {
      seconds = new Map();
      matcher.pairs.set(first, seconds);
    }
    const second = entry.word.charCodeAt(1);
    matcher.pairSeen[pairHash(first, second)] = 1;
    const list = seconds.get(second);
    if (list) list.push(entry);
    else seconds.set(second, [entry]);
  }
  for (const seconds of matcher.pairs.values())
    for (const list of seconds.values()) list.sort((a, b) => b.word.length - a.word.length);
  compiled.set(catalogue, matcher);
  return matcher;
}

// Longer words name a topic more precisely: 高标准农田 says more than 农业.
function specificity(word: string): number {
  return Math.min(2, 1 + 0.3 * Math.max(0, word.length - 2));
}

const pairHash = (first: number, second: number) => (first * 31 + second) & 0xffff;

function findWords(text: string, matcher: Matcher): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    if (matcher.starts[first] !== 1) {
      i++;
      continue;
    }
    let entry: Entry | undefined;
    const second = text.charCodeAt(i + 1);
    const pairs =
      i + 1 < text.length && matcher.pairSeen[pairHash(first, second)] === 1
        ? matcher.pairs.get(first)?.get(second)
        : undefined;
    if (pairs !== undefined) {
      for (const e of pairs) {
        if (text.startsWith(e.word, i)) {
          entry = e;
          break;
        }
      }
    }
    entry ??= matcher.singles.get(first);
    if (entry) {
      hits.push({ entry, position: i });
      i += entry.word.length;
    } else i++;
  }
  return hits;
}
