// Small report texts made like real ones (numbered parts, a year, targets in report language) for
// tests that need a file to upload; the real corpus is read from ../shared where a test needs it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const sharedDir = resolve(here, "../../../../../shared");
export const seedReportPath = resolve(sharedDir, "seeds/000_ce1c9eea1a55d054.txt");

export function readSeedReport(): Uint8Array | null {
  return existsSync(seedReportPath) ? new Uint8Array(readFileSync(seedReportPath)) : null;
}

export const countyReportText = `# 2026年政府工作报告

——2026年1月8日在某县第十八届人民代表大会第五次会议上

县长 张某某

各位代表：

现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。

一、2025年工作回顾

过去一年，全县地区生产总值完成152.3亿元，增长5.8%；一般公共预算收入完成9.6亿元，增长6.1%；城乡居民人均可支配收入分别增长4.9%和7.2%。我们坚持项目为王，实施重点项目62个，完成投资48亿元；新改建农村公路120公里，新建学校3所。

二、2026年主要目标和重点工作

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，固定资产投资增长8%，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。

（一）坚持项目为王，扩大有效投资。全年谋划重点项目70个，完成投资50亿元以上；新改建农村公路100公里，完成国省干线公路改造30公里。

（二）办好民生实事，增进群众福祉。新建改扩建中小学校4所，新增学位2000个；城镇新增就业3000人以上。

各位代表，让我们在县委的坚强领导下，真抓实干，奋勇争先，为建设现代化强县而努力奋斗！
`;
