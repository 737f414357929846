// 売上予測 (SPEC C6): a manager opens the forecast page from the menu and sees the landing fan chart
// and the ヨミ table, and one click on a cell lists the deals behind it; an admin follows the
// dashboard's landing card to the same scope and period, and a bad setting is answered with the error.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { logIn } from "./helpers";

const wait = { timeout: 20_000 };

/** ECharts draws on a canvas inside the chart's container; a drawn chart has a real size. */
async function expectChartDrawn(page: Page, testId: string) {
  const canvas = page.getByTestId(testId).locator("canvas").first();
  await canvas.waitFor(wait);
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0, testId).toBeGreaterThan(100);
  expect(box?.height ?? 0, testId).toBeGreaterThan(60);
}

describe("the forecast page", async () => {
  const { newPage } = await openBrowser();

  it("shows a manager the fan chart and the ヨミ table, and the deals behind a cell", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.getByTestId("nav-forecast").click();
    await page.waitForURL("**/forecast");

    // The landing: P50 in yen with its P10–P90 band, drawn as a fan against the target.
    const p50 = page.getByTestId("forecast-p50-value");
    await p50.waitFor(wait);
    expect(await p50.textContent()).toMatch(/\d/);
    expect(await page.getByTestId("forecast-band").textContent()).toContain("P10");
    await expectChartDrawn(page, "forecast-fan-chart");
    await expectChartDrawn(page, "forecast-waterfall-chart");

    // The ヨミ table: the manager's people and the team's total.
    const rows = page.getByTestId("yomi-table").getByTestId("yomi-row");
    await rows.first().waitFor(wait);
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="yomi-row"][data-row-id="total"]').count()).toBe(1);

    // One cell opens the deals behind it, each a link to its deal page.
    const cell = page.getByTestId("yomi-table").getByTestId("yomi-cell").first();
    const count = Number(
      ((await cell.textContent()) ?? "").match(/([\d,]+)件/)?.[1]?.replace(/,/g, "") ?? "0",
    );
    await cell.click();
    const deals = page.getByTestId("forecast-deals").getByTestId("forecast-deal-row");
    await deals.first().waitFor(wait);
    expect(await deals.count()).toBe(count);
    expect(
      await page.getByTestId("forecast-deals").getByTestId("forecast-deal-link").first().getAttribute("href"),
    ).toMatch(/^\/deals\/[0-9a-f-]{36}$/);

    // The inputs the landing rests on, per stage.
    await page.keyboard.press("Escape");
    expect(await page.getByTestId("forecast-stage-input").count()).toBeGreaterThan(0);
  });

  it("is one click away from the dashboard's landing card, with the same scope and period", async () => {
    const page = await newPage();
    await logIn(page, "admin@susumu.example");
    await page.goto("/dashboard");
    const card = page.getByTestId("landing-card");
    await card.getByTestId("landing-p50").waitFor(wait);
    expect(await card.getByTestId("landing-p50").textContent()).toMatch(/\d/);
    expect(await card.getByTestId("landing-band").textContent()).toContain("P10");

    await card.getByTestId("landing-forecast-link").click();
    await page.waitForURL(/\/forecast\?scope=org&period=\d{4}-\d{2}/, wait);
    await page.getByTestId("forecast-p50-value").waitFor(wait);
    await expectChartDrawn(page, "forecast-fan-chart");
    expect(await page.getByTestId("yomi-row").count()).toBeGreaterThan(1);

    // How accurate past forecasts were: the closed periods' errors, from the snapshots the job queue
    // back-fills from stage history after the server starts (reloaded until they are there).
    const accuracy = page.getByTestId("forecast-accuracy-card");
    const deadline = Date.now() + 120_000;
    for (;;) {
      await accuracy
        .locator('[data-testid="accuracy-chart"] canvas, [data-testid="accuracy-empty"]')
        .first()
        .waitFor(wait);
      if ((await accuracy.getByTestId("accuracy-empty").count()) === 0 || Date.now() > deadline) break;
      await page.waitForTimeout(3000);
      await page.reload();
    }
    await expectChartDrawn(page, "accuracy-chart");
    await expectChartDrawn(page, "backtest-chart");
    expect(await page.getByTestId("accuracy-period").count()).toBeGreaterThan(0);

    // An admin's settings: bands that do not step down are refused with the server's message.
    const form = page.getByTestId("forecast-settings-card");
    await form.getByTestId("settings-yomi-a").fill("40");
    await form.getByTestId("forecast-settings-save").click();
    const error = form.getByTestId("forecast-settings-error");
    await error.waitFor(wait);
    expect(await error.textContent()).toContain("入力内容に誤りがあります");
  });
});
