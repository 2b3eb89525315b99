// Screenshots of pages for a person to look at (test-results/ is ignored by git), and the checks a
// person would make on them that a program can make too.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test-results/web",
);

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Waits until every running CSS animation and transition on the page has finished (not a fixed time). */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** How far the page is wider than the window (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The fonts Chromium actually drew an element's text with (CSS.getPlatformFontsForNode): Chinese
 * drawn without a CJK font shows as boxes, and this sees it where a CSS font list cannot.
 */
export async function fontsUsedFor(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

/** Whether an element's text was drawn with a font that has Chinese characters. */
export async function drawnInChineseFont(page: Page, selector: string): Promise<boolean> {
  const fonts = await fontsUsedFor(page, selector);
  return fonts.some((family) => /CJK|Hei|Song|Han|WenQuanYi|YaHei|PingFang/i.test(family));
}
