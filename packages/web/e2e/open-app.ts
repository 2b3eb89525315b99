// One page of a built app in Chromium, served by its own static server: the setup every e2e file shares.
import type { Page } from "playwright-core";
import { launchBrowser } from "./browser.js";
import { type BuildFlavour, builtApp } from "./built-app.js";
import { serveStatic } from "./static-server.js";

export interface OpenApp {
  page: Page;
  /** The server's origin, for later navigations. */
  origin: string;
  close(): Promise<void>;
}

export async function openApp(flavour: BuildFlavour, pathname: string): Promise<OpenApp> {
  const server = await serveStatic(await builtApp(flavour));
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(server.url + pathname);
  return {
    page,
    origin: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
