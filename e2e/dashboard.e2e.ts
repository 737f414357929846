// The progress dashboard (SPEC C4) and the bottleneck analysis (SPEC C5): an admin opens the company's
// dashboard with its charts drawn and drills down to a team and a person, one click each; a manager
// sees the funnel steps with the bottleneck and one row per person.
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

describe("the progress dashboard and the bottleneck analysis", async () => {
  const { newPage } = await openBrowser();

  it("shows the company's figures and charts, and drills down to a team and a person", async () => {
    const page = await newPage();
    await logIn(page, "admin@susumu.example");
    await page.getByTestId("nav-dashboard").click();
    await page.waitForURL("**/dashboard");

    const actual = page.getByTestId("kgi-actual");
    await actual.waitFor(wait);
    expect(await actual.textContent()).toMatch(/\d/);
    expect(await page.getByTestId("kgi-achievement").textContent()).toMatch(/%|—/);
    const crumbs = page.getByTestId("dashboard-crumb");
    expect(await crumbs.count()).toBe(1);
    for (const chart of [
      "kgi-chart",
      "funnel-chart",
      "activities-chart",
      "rankings-chart",
      "scatter-chart",
    ]) {
      await expectChartDrawn(page, chart);
    }
    expect(await page.getByTestId("funnel-row").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("ranking-person").count()).toBeGreaterThan(0);

    // The diagnosis of the same scope and period, in plain language, and the funnel's bottleneck.
    const finding = page.getByTestId("diagnosis-finding").first();
    await finding.waitFor(wait);
    expect((await finding.getByTestId("finding-message").textContent())?.length ?? 0).toBeGreaterThan(5);
    await page.getByTestId("bottleneck-line").waitFor(wait);

    // One click down to a team (a department of the demo company)...
    await page.getByTestId("drill-team").first().click();
    await page.waitForURL(/scope=team(%3A|:)/, wait);
    await expect.poll(() => crumbs.count(), wait).toBe(2);
    await expectChartDrawn(page, "funnel-chart");

    // ... and one more to a person of it.
    const person = page.getByTestId("drill-user").first();
    await person.waitFor(wait);
    const name = (await person.textContent())?.trim() ?? "";
    await person.click();
    await page.waitForURL(/scope=user(%3A|:)/, wait);
    await expect.poll(() => crumbs.count(), wait).toBe(3);
    expect(await crumbs.last().textContent()).toContain(name);
    await page.getByTestId("kgi-actual").waitFor(wait);
    await expectChartDrawn(page, "funnel-chart");
    await expectChartDrawn(page, "activities-chart");

    // The breadcrumb leads back up to the company.
    await crumbs.first().click();
    await expect.poll(() => crumbs.count(), wait).toBe(1);
  });

  it("shows a manager the bottleneck step and the same funnel per person", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.goto("/analysis?by=person");

    const steps = page.getByTestId("step-row");
    await steps.first().waitFor(wait);
    expect(await steps.count()).toBe(3);
    await page.locator('[data-testid="step-row"][data-bottleneck="true"]').waitFor(wait);
    expect(await page.getByTestId("bottleneck-line").textContent()).toContain("ボトルネック");

    const groups = page.getByTestId("group-row");
    await groups.first().waitFor(wait);
    expect(await groups.count()).toBeGreaterThan(1);
    // A person's row opens their dashboard.
    expect(await page.getByTestId("group-link").first().getAttribute("href")).toMatch(
      /\/dashboard\?scope=user/,
    );
    await expectChartDrawn(page, "groups-chart");
  });
});
