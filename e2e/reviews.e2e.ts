// 週次レビュー (SPEC C9): a manager opens last week's review of their team from the reviews page,
// records the bottleneck and two actions (each the owner's task) and locks the sheet; this week's
// sheet opens with those two actions on top, one is marked done, and the sheet goes out as .xlsx.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { callApi, logIn } from "./helpers";

const wait = { timeout: 20_000 };

type Sheet = {
  id: string;
  version: number;
  locked: boolean;
  period: { label: string };
  notes: Record<string, unknown>;
  actions: { text: string; ownerId: string; taskId: string | null; status: string }[];
  previousActions: { text: string; status: string }[];
};

const sheetId = (page: Page) => page.url().match(/\/reviews\/([0-9a-f-]{36})$/)?.[1] ?? "";

/** Chooses a period in the reviews page's picker and opens (or makes) the weekly sheet of it. */
async function openWeekly(page: Page, option: number) {
  await page.getByTestId("review-period-select").click();
  await page.getByRole("option").nth(option).click();
  await page.getByTestId("review-open").click();
  await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/, wait);
  await page.getByTestId("review-sheet").waitFor(wait);
}

async function addAction(page: Page, text: string, ownerOption: number) {
  const form = page.getByTestId("new-action-form");
  await form.getByTestId("new-action-text").fill(text);
  await form.getByTestId("new-action-owner").click();
  await page.getByRole("option").nth(ownerOption).click();
  const posted = page.waitForResponse(
    (r) => /\/api\/v1\/reviews\/[^/]+\/actions$/.test(r.url()) && r.request().method() === "POST",
  );
  await form.getByTestId("new-action-add").click();
  expect((await posted).status()).toBe(201);
  await page.getByTestId("review-action").filter({ hasText: text }).waitFor(wait);
}

describe("the weekly review", async () => {
  const { newPage } = await openBrowser();

  it("decides actions last week, follows them up this week and exports the sheet", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.getByTestId("nav-reviews").click();
    await page.waitForURL("**/reviews", wait);
    await page.getByTestId("review-kind-tabs").waitFor(wait);

    // Last week (the picker's second option), for the manager's own team: the default scope.
    await openWeekly(page, 1);
    const lastWeekId = sheetId(page);
    expect(await page.getByTestId("review-kpi-row").count()).toBeGreaterThan(0);
    await page.getByTestId("review-bottleneck").waitFor(wait);

    const stamp = Date.now();
    const bottleneck = `E2E コネクト率が目標を下回った。架電リストの質 ${stamp}`;
    await page.getByTestId("review-note-bottleneck").fill(bottleneck);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/reviews/${lastWeekId}`) && r.request().method() === "PATCH",
    );
    await page.getByTestId("review-notes-save").click();
    expect((await saved).status()).toBe(200);

    const first = `E2E 架電リストを業種で絞り直す ${stamp}`;
    const second = `E2E トークスクリプトを見直す ${stamp}`;
    await addAction(page, first, 0);
    await addAction(page, second, 1);
    expect(await page.getByTestId("review-action").count()).toBe(2);

    await page.getByTestId("review-lock").click();
    await page.getByTestId("review-lock-confirm").click();
    await page.getByTestId("review-locked-badge").waitFor(wait);
    // Locked: the written parts are text now, and no more actions can be added.
    expect(await page.getByTestId("review-note-bottleneck").textContent()).toContain(bottleneck);
    expect(await page.getByTestId("new-action-form").count()).toBe(0);
    expect(await page.getByTestId("review-lock").count()).toBe(0);

    const locked = (await callApi<Sheet>(page, "GET", `/reviews/${lastWeekId}`)).body;
    expect(locked.locked).toBe(true);
    expect(locked.notes.bottleneck).toBe(bottleneck);
    expect(locked.actions.map((a) => a.text).sort()).toEqual([first, second].sort());
    // Each action became its owner's task.
    expect(locked.actions.every((a) => a.taskId !== null)).toBe(true);

    // This week's sheet opens with last week's two actions on top.
    await page.getByTestId("nav-reviews").click();
    await page.waitForURL("**/reviews", wait);
    await page.getByTestId("review-row").first().waitFor(wait);
    await openWeekly(page, 0);
    const thisWeekId = sheetId(page);
    expect(thisWeekId).not.toBe(lastWeekId);
    const previous = page.getByTestId("previous-actions").getByTestId("previous-action");
    await previous.first().waitFor(wait);
    expect(await previous.count()).toBe(2);
    const box = await page.getByTestId("previous-actions").boundingBox();
    const figures = await page.getByTestId("review-kpis").boundingBox();
    expect(box && figures && box.y < figures.y).toBe(true);

    // One is done, with a note.
    const done = previous.filter({ hasText: first });
    await done.getByTestId("follow-up-status").getByText("完了").click();
    await done.getByTestId("follow-up-outcome").fill("E2E 絞り込み済み");
    const patched = page.waitForResponse(
      (r) => /\/api\/v1\/review-actions\/[^/]+$/.test(r.url()) && r.request().method() === "PATCH",
    );
    await done.getByTestId("follow-up-save").click();
    expect((await patched).status()).toBe(200);
    await page
      .getByTestId("previous-actions")
      .getByTestId("previous-action")
      .filter({ hasText: first })
      .getByTestId("action-status")
      .filter({ hasText: "完了" })
      .waitFor(wait);
    const followed = (await callApi<Sheet>(page, "GET", `/reviews/${thisWeekId}`)).body;
    expect(followed.previousActions.find((a) => a.text === first)?.status).toBe("done");
    expect(followed.previousActions.find((a) => a.text === second)?.status).toBe("open");

    // The sheet as Excel: a workbook ExcelJS reads, with both actions in it.
    const [download] = await Promise.all([
      page.waitForEvent("download", wait),
      page.getByTestId("review-export").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path()) as string)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          // A merged cell's other parts carry no value of their own.
          if (cell.type !== ExcelJS.ValueType.Merge) cells.push(cell.text);
        });
      });
    expect(cells.some((c) => c.includes(first))).toBe(true);
    expect(cells.some((c) => c.includes(second))).toBe(true);
    expect(cells.some((c) => c.includes("完了"))).toBe(true);
  });
});
