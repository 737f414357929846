// The KPI tree and goals (SPEC C3, seed 002): a manager sees the tree drawn, and the 逆算 follows the
// rates as they are typed; a member sees today's action targets and the targets without edit controls.
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { callApi, logIn } from "./helpers";

describe("the KPI tree and goals", async () => {
  const { newPage } = await openBrowser();

  it("draws the tree for a manager and recomputes the calls when the win rate changes", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.getByTestId("nav-kpi").click();
    await page.waitForURL("**/kpi-tree");

    // ECharts draws the tree on a canvas inside the tree's container.
    const canvas = page.getByTestId("kpi-tree-chart").locator("canvas").first();
    await canvas.waitFor({ timeout: 20_000 });
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(200);
    // The same nodes are reachable without the canvas, and the KGI sits on top.
    expect(await page.getByTestId("kpi-node-revenue").count()).toBe(1);

    await page.getByTestId("plan-kgi-value").fill("12000000");
    // A field-sales team books few meetings from its own calls: give the meeting-set rate by hand so
    // that the chain does not depend on that history.
    await page.getByTestId("plan-rate-meetingSetRate").fill("8");
    const calls = page.getByTestId("plan-node-calls-required");
    await calls.waitFor({ timeout: 20_000 });
    await expect.poll(() => calls.textContent(), { timeout: 10_000 }).toMatch(/\d/);
    const before = await calls.textContent();
    expect(await page.getByTestId("plan-node-wins-required").textContent()).toMatch(/\d/);

    await page.getByTestId("plan-rate-winRate").fill("45");
    await expect.poll(() => calls.textContent(), { timeout: 10_000 }).not.toBe(before);
    expect(await page.getByTestId("plan-rate-source-winRate").textContent()).toBe("手入力");
    // Each person's share of the plan is listed.
    expect(await page.getByTestId("plan-allocation-row").count()).toBeGreaterThan(0);
    // Managers set their team's targets.
    expect(await page.getByTestId("target-edit").count()).toBeGreaterThan(0);
  });

  it("shows a member today's targets and no edit controls for team targets", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    await page.goto("/kpi-tree");
    const daily = page.getByTestId("daily-targets");
    await daily.getByTestId("daily-calls").waitFor({ timeout: 20_000 });
    for (const key of ["calls", "effectiveContacts", "meetingsSet", "meetings"]) {
      expect(await daily.getByTestId(`daily-${key}`).count()).toBe(1);
    }
    await page.getByTestId("targets-table").waitFor();
    await page.getByTestId("kpi-tree-chart").locator("canvas").first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("kpi-scope-kind").count()).toBe(0);
    expect(await page.getByTestId("target-edit").count()).toBe(0);
    expect(await page.getByTestId("allocate-open").count()).toBe(0);
    expect(await page.getByTestId("target-add").count()).toBe(0);

    // The same card has its own page in the menu, for everyone.
    await page.getByTestId("nav-myTargets").click();
    await page.waitForURL("**/my-targets");
    await page.getByTestId("daily-targets").getByTestId("daily-meetings").waitFor();

    // And the server agrees: a member may not set the team's target.
    const me = await callApi<{ user: { teamId: string } }>(page, "GET", "/me");
    const put = await callApi(page, "PUT", "/targets", {
      kpiKey: "calls",
      period: "2026-12",
      scope: `team:${me.body.user.teamId}`,
      value: 100,
    });
    expect(put.status).toBe(403);
  });
});
