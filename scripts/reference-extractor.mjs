// The bench's reference: @microsoft/recognizers-text-suite (Culture.Chinese: number, percentage,
// currency, dimension), its results turned into FACTS.md facts as fairly as the library allows.
// The library knows values and units only; it has no period, status, kind, comparator or metric, so
// those get neutral defaults and its full F1 says little. Its quantity F1 is the comparison that counts.
import Recognizers from "@microsoft/recognizers-text-suite";

const { Culture } = Recognizers;

const models = [
  ["currency", Recognizers.recognizeCurrency],
  ["dimension", Recognizers.recognizeDimension],
  ["percentage", Recognizers.recognizePercentage],
  ["number", Recognizers.recognizeNumber],
];

// The library's English unit names back to the units a Chinese report writes.
const dimensionUnits = new Map([
  ["Meter", "米"],
  ["Kilometer", "公里"],
  ["Square meter", "平方米"],
  ["Square kilometer", "平方公里"],
  ["Mu", "亩"],
  ["Hectare", "公顷"],
  ["Cubic meter", "立方米"],
  ["Liter", "升"],
  ["Ton", "吨"],
  ["Kilogram", "千克"],
  ["Gram", "克"],
  ["Microgram", "微克"],
  ["Jin", "斤"],
]);

// A bare number becomes a fact only with a counting unit right after it (a report's numbers
// without one are years, ordinals and names); this list gives the library the units it lacks.
const countingUnits = [
  "个百分点",
  "百分点",
  "千瓦时",
  "万千瓦",
  "千瓦",
  "人次",
  "场次",
  "户",
  "人",
  "家",
  "个",
  "项",
  "所",
  "张",
  "套",
  "部",
  "台",
  "辆",
  "条",
  "处",
  "场",
  "次",
  "名",
  "座",
  "件",
  "株",
  "头",
  "只",
  "间",
  "栋",
  "批",
  "宗",
  "支",
  "倍",
  "天",
  "元",
  "吨",
  "亩",
  "公里",
  "平方米",
  "米",
];

/** Runs each model once on a short text so that one-time set-up is not counted as throughput. */
export function warmUpReference() {
  for (const [, recognize] of models)
    recognize("新增就业8000人，增长5.5%，投资3.2亿元，建设1.2万亩", Culture.Chinese);
}

/**
 * Facts the reference finds in `text`, line by line (its models are superlinear in input length),
 * with `source` offsets into `text`.
 */
export function extractWithReference(text) {
  const facts = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) facts.push(...extractLine(line, lineStart));
    lineStart += line.length + 1;
  }
  return facts;
}

function extractLine(line, offset) {
  const taken = [];
  const facts = [];
  for (const [kind, recognize] of models) {
    for (const r of recognize(line, Culture.Chinese)) {
      const start = r.start;
      const end = r.end + 1; // the library's end is inclusive
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const fact = toFact(kind, r, line, start, end);
      if (!fact) continue;
      taken.push([start, end]);
      facts.push({ ...fact, source: { start: offset + start, end: offset + fact.end } });
    }
  }
  return facts.sort((a, b) => a.source.start - b.source.start).map(({ end: _end, ...f }) => f);
}

function toFact(kind, r, line, start, end) {
  const resolved = Number(String(r.resolution?.value ?? "").replace(/%$/, ""));
  // A match that shows no number (a bare unit such as 亩) cannot cite one.
  if (!Number.isFinite(resolved) || !/[0-9０-９零〇一二两三四五六七八九十百千万亿]/.test(r.text)) return null;
  const written = writtenNumber(r.text, resolved);
  const base = { quote: r.text.replace(/\s+/g, ""), metric: "", value: written, ...neutral };
  switch (kind) {
    case "percentage":
      return { ...base, unit: "%", base_value: resolved, base_unit: "%", end };
    case "currency": {
      const unit =
        r.resolution.isoCurrency === "USD"
          ? "美元"
          : r.resolution.isoCurrency === "CNY"
            ? "元"
            : r.resolution.unit;
      return { ...base, unit, base_value: resolved, base_unit: unit, end };
    }
    case "dimension": {
      const unit = dimensionUnits.get(r.resolution.unit) ?? r.resolution.unit;
      return { ...base, unit, base_value: resolved, base_unit: unit, end };
    }
    default: {
      const after = line.slice(end).replace(/^\s+/, "");
      const unit = countingUnits.find((u) => after.startsWith(u));
      if (!unit) return null;
      const unitEnd = line.indexOf(unit, end) + unit.length;
      return {
        ...base,
        quote: `${base.quote}${unit}`,
        unit,
        base_value: resolved,
        base_unit: unit === "个百分点" ? "百分点" : unit,
        end: Math.max(end, unitEnd, start + 1),
      };
    }
  }
}

const neutral = { kind: "amount", direction: null, period: "", status: "actual", comparator: "eq" };

// FACTS.md's `value` is the number as written (272.45 for 272.45亿元); the library resolves the
// magnitude, so the digits are read back from its matched text.
function writtenNumber(text, resolved) {
  const digits = /\d+(?:\.\d+)?/.exec(
    text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return digits ? Number(digits[0]) : resolved;
}
