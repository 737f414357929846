// The stage gate from the board (SPEC C2, seed 000): a drop onto a gated stage opens its checklist. A
// member cannot move a deal into 提案・見積 without the proposal URL and the rest, and never sees the
// override; a manager may force the move with a reason, which the deal's timeline then shows.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { card, column, createDealIn, dateFromToday, dragCardToGate, logIn } from "./helpers";

/** The board narrowed to one deal, so that its card is in sight whatever else the column holds. */
async function boardWith(page: Page, name: string) {
  await page.goto(`/board?q=${encodeURIComponent(name)}`);
  await card(page, name).waitFor();
}

const stagePosts = (page: Page) => {
  const posts: number[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/stage") && r.request().method() === "POST") posts.push(r.status());
  });
  return posts;
};

describe("the stage gate on the board", async () => {
  const { newPage } = await openBrowser();

  it("asks a member for everything 提案・見積 needs, offers no override, and moves the card once it is all there", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    const name = `E2E 提案ゲート ${Date.now()}`;
    await createDealIn(page, "problem_agreed", { name, amount: 3_600_000 });
    await boardWith(page, name);
    const posts = stagePosts(page);

    const gate = await dragCardToGate(page, name, "proposal");
    const text = (await gate.textContent()) ?? "";
    for (const item of [
      "提案書・見積書を提出した",
      "次回商談の日程に合意した",
      "提案書URL",
      "完了予定日",
      "次回商談日",
    ]) {
      expect(text).toContain(item);
    }
    expect(await page.getByTestId("gate-override").count()).toBe(0);

    // Confirming too early sends nothing and marks what is missing.
    await gate.getByTestId("gate-confirm").click();
    await gate.locator("[data-missing]").first().waitFor();
    expect(posts).toEqual([]);
    expect(await column(page, "problem_agreed").getByText(name).count()).toBe(1);

    await gate.getByTestId("gate-condition-proposal_sent").check();
    await gate.getByTestId("gate-condition-next_meeting_agreed").check();
    await gate.getByTestId("gate-evidence-proposalUrl").fill("https://docs.example.com/proposals/e2e.pdf");
    await gate.getByTestId("gate-field-expectedCloseDate").fill(dateFromToday(60));
    await gate.getByTestId("gate-field-nextMeetingDate").fill(dateFromToday(10));
    const moved = page.waitForResponse((r) => r.url().includes("/stage") && r.request().method() === "POST");
    await gate.getByTestId("gate-confirm").click();
    expect((await moved).status()).toBe(200);
    await gate.waitFor({ state: "detached" });
    await column(page, "proposal").getByText(name).waitFor();
    expect(await column(page, "problem_agreed").getByText(name).count()).toBe(0);

    // The timeline keeps what was confirmed: the conditions and the proposal URL as a link.
    await card(page, name).getByTestId("deal-card-name").click();
    const stageEntry = page.getByTestId("timeline-gate").first();
    await stageEntry.waitFor();
    expect(await stageEntry.textContent()).toContain("提案書・見積書を提出した");
    expect(await stageEntry.locator('a[href="https://docs.example.com/proposals/e2e.pdf"]').count()).toBe(1);
  });

  it("puts the card back when the member cancels the checklist", async () => {
    const page = await newPage();
    await logIn(page, "member@susumu.example");
    const name = `E2E キャンセル ${Date.now()}`;
    await createDealIn(page, "lead", { name });
    await boardWith(page, name);
    const posts = stagePosts(page);

    await dragCardToGate(page, name, "first_meeting");
    await page.getByTestId("gate-cancel").click();
    await page.getByTestId("stage-gate-form").waitFor({ state: "detached" });
    expect(posts).toEqual([]);
    expect(await column(page, "lead").getByText(name).count()).toBe(1);
    expect(await column(page, "first_meeting").getByText(name).count()).toBe(0);
  });

  it("lets a manager force a move with a reason that the deal's timeline shows", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    const name = `E2E 強制移動 ${Date.now()}`;
    const reason = `決裁者と口頭で合意済み（E2E ${Date.now()}）`;
    await createDealIn(page, "lead", { name, amount: 5_000_000 });
    await boardWith(page, name);

    // Two stages skipped: their gates are listed too.
    const gate = await dragCardToGate(page, name, "proposal");
    expect(await gate.getByTestId("gate-section-first_meeting").count()).toBe(1);
    expect(await gate.getByTestId("gate-section-problem_agreed").count()).toBe(1);

    await gate.getByTestId("gate-override-toggle").check();
    // The reason is required.
    await gate.getByTestId("gate-confirm").click();
    await gate.getByText("強制移動の理由を入力してください").waitFor();
    await gate.getByTestId("gate-override-reason").fill(reason);
    const moved = page.waitForResponse((r) => r.url().includes("/stage") && r.request().method() === "POST");
    await gate.getByTestId("gate-confirm").click();
    expect((await moved).status()).toBe(200);
    await gate.waitFor({ state: "detached" });
    await column(page, "proposal").getByText(name).waitFor();

    await card(page, name).getByTestId("deal-card-name").click();
    const override = page.getByTestId("timeline-override");
    await override.waitFor();
    expect(await override.textContent()).toContain(`強制移動: ${reason}`);
  });
});
