// Where the report itself stands in a file that may carry a web page around it: scraper headers,
// site chrome and a repeated summary before it; link lists, disclaimers and glossaries after it.
import type { TextLine } from "../text/lines.js";

export interface ReportBody {
  /** First line of the report proper (title, session line, byline or salutation). */
  startLine: number;
  /** One past the last line of the report proper, annexes included. */
  endLine: number;
  /** First line of an annex that is part of the report (`附件1` / `2026年省十件民生实事`), if any. */
  annexLine: number | null;
  /** The `各位代表：` line, if any. */
  salutationLine: number | null;
  /** Header lines found before the salutation. */
  titleLine: number | null;
  sessionLine: number | null;
  bylineLine: number | null;
}

const SALUTATION = /^各位代表[：:！!，,]?/;
/** `政府工作报告`, or a year's work summary (`某市人民政府关于2024年工作总结的报告`). */
const TITLE =
  /政府工作报告$|关于.{0,30}(?:总结|情况)(?:(?:和|及|暨).{0,20})?的报告$|政府(?:\d{4}|[〇零一二三四五六七八九]{4})年度?工作总结$/;
/** `——2026年1月26日在河南省第十四届人民代表大会第四次会议上`, the dash sometimes left out. */
const SESSION =
  /^(?:——?)?.{0,30}(?:人民代表大会|人大).{0,12}会议上?$|^(?:——?)?.{0,12}(?:\d{4}|[〇零一二三四五六七八九]{4})年.{0,30}(?:人民代表大会|人大)/;
/** `湛河区人民政府区长马培翼`, `广东省省长孟凡利`, `国务院总理李强`. */
export const BYLINE =
  /^(.{0,20}?)(?:人民政府)?(代理?)?(省长|市长|县长|区长|州长|旗长|盟长|总理|主席|自治区主席)(.{2,4})$/;
const NAME_ONLY = /^[\u4e00-\u9fff]{2,4}$/;

/** Lines after the report: site links, disclaimers, licence text, glossaries. */
const TRAILER =
  /^(?:来源[：:]|(?:浏览|访问|阅读|点击)(?:次数|量|数)[：:]|主办单位|版权所有|网站标识码|分享到|上一篇|下一篇|相关文章|相关报道|相关评论|相关链接|相关新闻|本栏最新|本栏推荐|阅读排行|热门文章|标签云|标签：|免责声明|（责任编辑|责任编辑：|※+注释|注释：|名词解释|词语解释|本作品是|Public domain|【打印】|打印本页|关闭窗口|扫一扫|【字号)/;
const ANNEX = /^附件\s*\d*[：:]?\s*(.*)$/;
const GLOSSARY = /名词解释|注释|词语解释|名词说明/;

/**
 * Finds the report inside a file: from its header (title, session line, byline) or salutation to
 * the last line before site chrome or a glossary.
 *
 * @example
 * findReportBody(splitLines("下载\n政府工作报告\n各位代表：\n…\n分享到：")).startLine // 1
 */
export function findReportBody(lines: readonly TextLine[]): ReportBody {
  let salutation: number | null = null;
  for (const line of lines) {
    if (SALUTATION.test(line.text) && line.text.length <= 60) {
      salutation = line.index;
      break;
    }
  }

  let startLine = 0;
  let titleLine: number | null = null;
  let sessionLine: number | null = null;
  let bylineLine: number | null = null;
  if (salutation !== null) {
    startLine = salutation;
    // Walk up through the header; a photo caption or a site's date line may stand among it.
    let seen = 0;
    for (let k = salutation - 1; k >= 0 && seen < 10; k--) {
      const t = (lines[k] as TextLine).text;
      if (t.length === 0) continue;
      seen++;
      if (TITLE.test(t) && t.length <= 40) {
        titleLine ??= k;
        startLine = Math.min(startLine, k);
        break;
      }
      if (SESSION.test(t) && t.length <= 60) {
        sessionLine ??= k;
        startLine = Math.min(startLine, k);
      } else if (BYLINE.test(t) && t.length <= 30 && sessionLine === null) {
        bylineLine ??= k;
        startLine = Math.min(startLine, k);
      } else if (NAME_ONLY.test(t) && seen === 1) {
        // A name alone right above the salutation (`闫继红`).
        bylineLine ??= k;
        startLine = Math.min(startLine, k);
      } else if (/^(?:内容摘要|摘要|正文)[：:]?$/.test(t) || /^政府工作报告.{40}/.test(t)) {
        break;
      }
    }
  } else {
    // No salutation: a page that starts mid-report. Begin after a scraper's `正文：` label, and
    // read the header lines that may follow it.
    const body = lines.findIndex((l) => /^正文[：:]?$/.test(l.text));
    startLine = body >= 0 ? body + 1 : 0;
    let seen = 0;
    for (let k = startLine; k < lines.length && seen < 6; k++) {
      const t = (lines[k] as TextLine).text;
      if (t.length === 0) continue;
      seen++;
      if (TITLE.test(t) && t.length <= 40) titleLine ??= k;
      else if (SESSION.test(t) && t.length <= 60) sessionLine ??= k;
      else if (BYLINE.test(t) && t.length <= 30) bylineLine ??= k;
    }
  }

  let endLine = lines.length;
  let annexLine: number | null = null;
  const from = salutation ?? startLine;
  for (let k = from + 1; k < lines.length; k++) {
    const t = (lines[k] as TextLine).text;
    if (t.length === 0) continue;
    if (TRAILER.test(t)) {
      endLine = k;
      break;
    }
    // The whole report a second time (a page that prints it again below its links): the copy's
    // salutation under a header of its own ends the first copy, before that header.
    if (salutation !== null && SALUTATION.test(t) && t.length <= 6 && k > salutation + 1) {
      const header = headerAbove(lines, k);
      if (header !== null) {
        endLine = header;
        break;
      }
    }
    const annex = ANNEX.exec(t);
    if (annex && t.length <= 40) {
      const title = annex[1] || nextNonEmpty(lines, k);
      if (GLOSSARY.test(title)) {
        endLine = k;
        break;
      }
      annexLine ??= k;
    }
  }
  while (endLine > startLine && (lines[endLine - 1] as TextLine).text.length === 0) endLine--;
  return { startLine, endLine, annexLine, salutationLine: salutation, titleLine, sessionLine, bylineLine };
}

/** The first line of a report header (title, session line, byline) right above line `k`, or null. */
function headerAbove(lines: readonly TextLine[], k: number): number | null {
  let first: number | null = null;
  let seen = 0;
  for (let j = k - 1; j >= 0 && seen < 6; j--) {
    const t = (lines[j] as TextLine).text;
    if (t.length === 0) continue;
    seen++;
    if (
      (TITLE.test(t) && t.length <= 40) ||
      (SESSION.test(t) && t.length <= 60) ||
      (BYLINE.test(t) && t.length <= 30)
    )
      first = j;
  }
  return first;
}

function nextNonEmpty(lines: readonly TextLine[], k: number): string {
  for (let j = k + 1; j < lines.length && j <= k + 3; j++) {
    const t = (lines[j] as TextLine).text;
    if (t.length > 0) return t;
  }
  return "";
}
