// A member logs in, sees their team's board in Japanese, creates a deal, drags it to the next stage,
// finds it there after a reload, and switches the UI to English.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { E2E_PASSWORD } from "./global-setup";

async function logIn(page: Page, email: string) {
  await page.goto("/login");
  await page.locator('input[type="email"], input[name="email"]').fill(email);
  await page.locator('input[type="password"]').fill(E2E_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL("**/board");
}

const column = (page: Page, stageKey: string) => page.getByTestId(`board-column-${stageKey}`);
const card = (page: Page, name: string) => page.getByTestId("deal-card").filter({ hasText: name });

describe("the deal board", async () => {
  const { newPage } = await openBrowser();

  it("shows a member their team's deals, in Japanese", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    await column(page, "lead").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    expect(await page.getByRole("navigation").innerText()).toContain("商談ボード");
    const cards = await page.getByTestId("deal-card").count();
    expect(cards).toBeGreaterThan(0);
    // Every deal the member can reach, through the API the page uses, is of their own team.
    const teams = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/me")).json();
      const deals = await (await fetch("/api/v1/deals?limit=1000")).json();
      return { mine: me.user.teamId, seen: [...new Set(deals.items.map((d: { teamId: string }) => d.teamId))] };
    });
    expect(teams.seen).toEqual([teams.mine]);
  });

  it("creates a deal, drags it to the next stage, and keeps it there after a reload", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    const name = `E2E 検証案件 ${Date.now()}`;
    await page.getByTestId("new-deal-button").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("deal-form-name").fill(name);
    await dialog.getByTestId("deal-form-amount").fill("1200000");
    await dialog.locator('button[type="submit"]').click();
    await card(page, name).waitFor();
    expect(await column(page, "lead").getByText(name).count()).toBe(1);

    const from = await card(page, name).boundingBox();
    const to = await column(page, "first_meeting").boundingBox();
    if (!from || !to) throw new Error("card or column not on screen");
    const moved = page.waitForResponse((r) => r.url().includes("/stage") && r.request().method() === "POST");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 20 });
    await page.mouse.up();
    expect((await moved).status()).toBe(200);

    await page.reload();
    await column(page, "first_meeting").getByText(name).waitFor();
    expect(await column(page, "lead").getByText(name).count()).toBe(0);
  });

  it("switches to English", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await column(page, "lead").waitFor();
    await page.getByTestId("lang-switch").click();
    await page.getByRole("navigation").getByText("Board", { exact: false }).first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("navigation").innerText()).not.toContain("商談ボード");
  });
});
