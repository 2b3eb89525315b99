// What a person does in the app that every browser test repeats: log in and out, pick from an antd
// Select by its label, wait for an antd message, and call the API as the logged-in user.
import type { Page } from "playwright-core";

export async function logIn(page: Page, origin: string, username: string, password: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /^登\s*录$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/login"));
}

/** Opens the Select labelled `label`, types to narrow it and picks the option with exactly that text. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await select.click();
  await select.fill(option);
  await page
    .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
    .filter({ hasText: new RegExp(`^${escapeRegExp(option)}$`) })
    .first()
    .click();
}

/** Waits for an antd message (toast) containing `text`. */
export async function messageShown(page: Page, text: string): Promise<void> {
  await page.locator(".ant-message-notice").filter({ hasText: text }).first().waitFor();
}

/** A JSON API call with the browser's session cookie, as the page itself would make it. */
export async function apiGet<T>(
  page: Page,
  origin: string,
  path: string,
): Promise<{ status: number; body: T }> {
  const response = await page.request.get(`${origin}/api${path}`);
  return { status: response.status(), body: (await response.json()) as T };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
