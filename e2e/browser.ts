// One headless Chromium per test file (Debian's /usr/bin/chromium; a test tool's own download cannot work here).
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, inject } from "vitest";

export async function openBrowser(): Promise<{ browser: Browser; newPage: () => Promise<Page> }> {
  const browser = await chromium.launch({
    executablePath: process.env.SUSUMU_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  afterAll(() => browser.close());
  const baseURL = inject("baseUrl");
  return {
    browser,
    newPage: async () => {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1440, height: 900 },
        locale: "ja-JP",
      });
      return context.newPage();
    },
  };
}
