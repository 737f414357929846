// A member logs in, sees their team's board in Japanese, creates a deal, drags it to the next stage
// (through the stage gate's checklist), finds it there after a reload, and switches the UI to English.
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { card, column, dateFromToday, dragCardToGate, logIn } from "./helpers";

describe("the deal board", async () => {
  const { newPage } = await openBrowser();

  it("shows a member their team's deals, in Japanese", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    await page.goto("/board");
    await column(page, "lead").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    expect(await page.getByRole("navigation").textContent()).toContain("商談ボード");
    const cards = await page.getByTestId("deal-card").count();
    expect(cards).toBeGreaterThan(0);
    // Every deal the member can reach, through the API the page uses, is of their own team.
    const teams = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/me")).json();
      const deals = await (await fetch("/api/v1/deals?limit=1000")).json();
      return {
        mine: me.user.teamId,
        seen: [...new Set(deals.items.map((d: { teamId: string }) => d.teamId))],
      };
    });
    expect(teams.seen).toEqual([teams.mine]);
  });

  it("creates a deal, drags it to the next stage through its checklist, and keeps it there after a reload", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    await page.goto("/board");
    const name = `E2E 検証案件 ${Date.now()}`;
    await page.getByTestId("new-deal-button").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("deal-form-name").fill(name);
    await dialog.getByTestId("deal-form-amount").fill("1200000");
    await dialog.locator('button[type="submit"]').click();
    await card(page, name).waitFor();
    expect(await column(page, "lead").getByText(name).count()).toBe(1);

    // 初回商談 is gated: the drop opens its checklist instead of moving the card.
    const gate = await dragCardToGate(page, name, "first_meeting");
    expect(await gate.getByTestId("gate-section-first_meeting").count()).toBe(1);
    expect(await column(page, "lead").getByText(name).count()).toBe(1);

    await gate.getByTestId("gate-condition-meeting_held").check();
    await gate.getByTestId("gate-condition-situation_heard").check();
    await gate
      .getByTestId("gate-evidence-minutesUrl")
      .fill("https://docs.example.com/minutes/e2e-first-meeting");
    await gate.getByTestId("gate-field-nextMeetingDate").fill(dateFromToday(14));
    await gate.getByTestId("gate-field-nextMeetingPurpose").fill("決裁者同席で課題の合意");
    const moved = page.waitForResponse((r) => r.url().includes("/stage") && r.request().method() === "POST");
    await gate.getByTestId("gate-confirm").click();
    expect((await moved).status()).toBe(200);
    await gate.waitFor({ state: "detached" });
    await column(page, "first_meeting").getByText(name).waitFor();

    await page.reload();
    await column(page, "first_meeting").getByText(name).waitFor();
    expect(await column(page, "lead").getByText(name).count()).toBe(0);
  });

  it("switches to English", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.goto("/board");
    await column(page, "lead").waitFor();
    await page.getByTestId("lang-switch").click();
    await page.getByRole("navigation").getByText("Board", { exact: false }).first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("navigation").textContent()).not.toContain("商談ボード");
  });
});
