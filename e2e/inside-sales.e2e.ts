// Inside sales end to end (SPEC C7): an IS rep works two fresh leads from the call list (a call
// outcome on each from the quick log, by key and by button, moving on with N), qualifies the one that
// set a meeting and hands it off to a field-sales rep through the dialog; the FS rep finds the deal on
// the board, opens it and rates the hand-off, and the rating stays shown.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { callApi, card, logIn } from "./helpers";

type Person = {
  id: string;
  email: string;
  name: string;
  role: string;
  function: string | null;
  active: boolean;
};
type LeadView = {
  id: string;
  status: string;
  responseMinutes: number | null;
  handoff: { dealId: string; fsOwnerId: string; rating: number | null } | null;
};

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const activityPosted = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith("/api/v1/activities") && r.request().method() === "POST");

describe("inside sales: call list, hand-off and its rating", async () => {
  const { newPage } = await openBrowser();

  it("walks two leads from the call list, hands one off, and field sales rates it on the deal", async () => {
    // Who plays the IS and the FS rep: active members of the demo organisation with those functions.
    const admin = await newPage();
    await logIn(admin, "admin@susumu.example");
    const people = (await callApi<Person[]>(admin, "GET", "/users")).body;
    const members = people.filter((p) => p.active && p.role === "member");
    const isRep = members.find((p) => p.function === "IS");
    const fsRep =
      members.find((p) => p.email === "member@susumu.example" && p.function === "FS") ??
      members.find((p) => p.function === "FS");
    if (!isRep || !fsRep) throw new Error("the demo organisation has no IS or FS member");

    // Two fresh leads of the IS rep, older than any demo lead still unanswered (so the first two of
    // the call list, a week apart so that their SLA due times differ).
    const page = await newPage();
    await logIn(page, isRep.email);
    const stamp = Date.now();
    const first = `E2E 架電商事 ${stamp}`;
    const second = `E2E トスアップ工業 ${stamp}`;
    const created: { id: string }[] = [];
    for (const [companyName, age] of [
      [first, 30],
      [second, 23],
    ] as const) {
      const answer = await callApi<{ id: string }>(page, "POST", "/leads", {
        companyName,
        contactName: "検証 太郎",
        phone: "03-1234-5678",
        channel: "inbound_web",
        createdAt: daysAgo(age),
      });
      expect(answer.status).toBe(201);
      created.push(answer.body);
    }
    const [firstLead, secondLead] = created as [{ id: string }, { id: string }];

    await page.goto("/leads/call-list");
    const current = page.getByTestId("call-list-current");
    await current.waitFor();
    expect(await page.getByTestId("call-list-progress").textContent()).toMatch(/^1 \/ \d+$/);
    expect(await page.getByTestId("call-list-company").textContent()).toBe(first);
    expect(await current.getAttribute("data-status")).toBe("new");

    // 有効コンタクト with one key; the first call moves the lead into work.
    const logged = activityPosted(page);
    await page.keyboard.press("3");
    expect((await logged).status()).toBe(201);
    await page.getByTestId("call-list-item").first().getByText("有効コンタクト").waitFor();
    await page.locator('[data-testid="call-list-current"][data-status="working"]').waitFor();

    // N: the next lead.
    await page.keyboard.press("n");
    await page.locator('[data-testid="call-list-company"]', { hasText: second }).waitFor();
    expect(await page.getByTestId("call-list-progress").textContent()).toMatch(/^2 \/ \d+$/);

    // アポ獲得 by its button suggests qualifying and handing off.
    const booked = activityPosted(page);
    await page.getByTestId("quick-log-appointment_set").click();
    expect((await booked).status()).toBe(201);
    const suggestion = page.getByTestId("appointment-suggestion");
    await suggestion.waitFor();
    const qualified = page.waitForResponse(
      (r) => r.url().endsWith(`/leads/${secondLead.id}`) && r.request().method() === "PATCH",
    );
    await suggestion.getByTestId("suggestion-qualify").click();
    expect((await qualified).status()).toBe(200);
    await page.locator('[data-testid="call-list-current"][data-status="qualified"]').waitFor();

    // The hand-off dialog: the FS rep (another team, not in the IS rep's directory), an amount, a note.
    await suggestion.getByTestId("suggestion-handoff").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("handoff-form").waitFor();
    expect(await dialog.getByTestId("handoff-deal-name").inputValue()).toBe(second);
    await dialog.getByTestId("handoff-fs-owner").click();
    await dialog.getByTestId("handoff-fs-owner").fill(fsRep.name);
    await page.getByRole("option", { name: fsRep.name }).click();
    await dialog.getByTestId("handoff-amount").fill("2400000");
    await dialog.getByTestId("handoff-note").fill("次回商談に決裁者が同席予定。現状はExcelで管理。");
    const handedOff = page.waitForResponse((r) => r.url().endsWith(`/leads/${secondLead.id}/handoff`));
    await dialog.getByTestId("handoff-submit").click();
    expect((await handedOff).status()).toBe(201);
    await dialog.waitFor({ state: "detached" });
    // The call list goes on to the next lead.
    await page.locator('[data-testid="call-list-progress"]', { hasText: /^3 \// }).waitFor();

    const one = (await callApi<LeadView>(page, "GET", `/leads/${firstLead.id}`)).body;
    expect(one.status).toBe("working");
    expect(one.responseMinutes).not.toBeNull();
    const two = (await callApi<LeadView>(page, "GET", `/leads/${secondLead.id}`)).body;
    expect(two.status).toBe("handed_off");
    expect(two.handoff?.fsOwnerId).toBe(fsRep.id);

    // The lead's page says it was handed off, and to whom.
    await page.goto(`/leads/${secondLead.id}`);
    await page.getByTestId("lead-handoff").getByText(fsRep.name).waitFor();
    expect(await page.getByTestId("lead-detail").getAttribute("data-status")).toBe("handed_off");

    // Field sales: the deal is on their board; its page tells the lead's story and takes the rating.
    const fs = await newPage();
    await logIn(fs, fsRep.email);
    await fs.goto(`/board?q=${encodeURIComponent(second)}`);
    await card(fs, second).click();
    await fs.waitForURL(`**/deals/${two.handoff?.dealId}`);
    const handoffCard = fs.getByTestId("deal-handoff-card");
    await handoffCard.waitFor();
    expect(await handoffCard.getByTestId("deal-handoff-note").textContent()).toContain("決裁者が同席");
    expect(await handoffCard.getByTestId("handoff-rate-by").textContent()).toContain("評価期限");
    await handoffCard.getByTestId("deal-handoff-history").getByText("アポ獲得").waitFor();

    await handoffCard.getByTestId("handoff-rating-stars").locator('input[value="4"] + label').click();
    await handoffCard.getByTestId("handoff-reason-timing").check();
    await handoffCard.getByTestId("handoff-rating-comment").fill("BANTが整理されていて商談に入りやすい");
    const rated = fs.waitForResponse(
      (r) => r.url().endsWith("/handoff/rating") && r.request().method() === "PUT",
    );
    await handoffCard.getByTestId("handoff-rating-submit").click();
    expect((await rated).status()).toBe(200);
    const shown = handoffCard.getByTestId("handoff-rating-shown");
    await shown.waitFor();
    expect(await shown.getAttribute("data-rating")).toBe("4");
    expect(await shown.textContent()).toContain("時期が合わない");

    await fs.reload();
    await fs.getByTestId("handoff-rating-shown").waitFor();
    expect(await fs.getByTestId("handoff-rating-shown").getAttribute("data-rating")).toBe("4");

    // The IS rep sees the rating on the lead.
    await page.reload();
    await page.getByTestId("lead-handoff-rating").waitFor();
    expect(await page.getByTestId("lead-handoff-rating").getAttribute("data-rating")).toBe("4");
  });
});
