// An admin registers a webhook on the settings page (the secret is shown once), sends a test and sees
// it in the delivery log; a user issues a read-only API token on their token page.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { logIn } from "./helpers";

describe("webhooks and API tokens", async () => {
  const { newPage } = await openBrowser();
  const bodies: string[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      bodies.push(body);
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook-${Date.now()}`;

  it("registers a Slack webhook, shows its secret once and logs a test delivery", async () => {
    const page = await newPage();
    await logIn(page, "admin@susumu.example");
    await page.goto("/settings/webhooks");
    await page.getByTestId("new-webhook-button").click();
    await page.getByTestId("webhook-url").fill(url);
    await page.getByText("Slack", { exact: true }).click();
    await page.getByTestId("webhook-save").click();
    expect(await page.getByTestId("webhook-secret").textContent()).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "閉じる" }).click();

    const hook = page.getByTestId("webhook-card").filter({ hasText: url });
    await hook.click();
    await hook.getByTestId("webhook-test").click();
    const row = page.getByTestId("delivery-row").first();
    await expect
      .poll(() => row.getByTestId("delivery-status").textContent(), { timeout: 15_000 })
      .toBe("成功");
    expect(JSON.parse(bodies.at(-1) ?? "{}").text).toContain("テスト通知");
  });

  it("issues a read-only API token, shown once, listed with its limit", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    await page.getByTestId("api-tokens-link").click();
    await page.waitForURL("**/me/tokens");
    await page.getByTestId("new-token-button").click();
    await page.getByTestId("token-name").fill("E2E 連携");
    await page.getByTestId("token-save").click();
    expect(await page.getByTestId("token-secret").textContent()).toMatch(/^sus_/);
    await page.getByRole("button", { name: "閉じる" }).click();
    const row = page.getByTestId("token-row").filter({ hasText: "E2E 連携" });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain("読み取り");
    expect(await row.textContent()).toContain("600 回/分");
  });
});
