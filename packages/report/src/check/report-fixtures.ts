// Small reports made like real ones, for the checks' tests: a header that names the place, the
// salutation, then the parts given. Not used outside tests.

/**
 * A report of `place` for `year` with the given body lines (headings, paragraphs), blank lines
 * between them as in the converted originals.
 *
 * @example
 * smallReport("易县", 2026, ["## 一、2025年工作回顾", "全县地区生产总值186.3亿元。"])
 */
export function smallReport(place: string, year: number, body: readonly string[]): string {
  const title = place.endsWith("县")
    ? "县长"
    : place.endsWith("区")
      ? "区长"
      : place.endsWith("省")
        ? "省长"
        : "市长";
  const level = title.slice(0, 1);
  return [
    `# ${place}${year}年政府工作报告`,
    "",
    `——${year}年1月12日在${place}第十八届人民代表大会第五次会议上`,
    "",
    `${place}人民政府${title} 张明`,
    "",
    "各位代表：",
    "",
    `现在，我代表${level}人民政府向大会报告工作，请予审议。`,
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

/**
 * The text of each finding's source span.
 *
 * @example
 * flagged("健康漯河", [{ source: { start: 2, end: 4 } }]) // ["漯河"]
 */
export function flagged(text: string, findings: ReadonlyArray<{ source: { start: number; end: number } }>) {
  return findings.map((f) => text.slice(f.source.start, f.source.end));
}
