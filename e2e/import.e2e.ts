// An admin imports deals from a Shift-JIS CSV in the product's template: the page detects the encoding,
// the dry run lists a stage name the pipeline does not have, the admin maps it, validates again without
// errors, applies, and finds the new deals on the board.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { card, column, logIn } from "./helpers";

/** Opens a Mantine Select and picks one of its options. */
async function choose(page: Page, select: ReturnType<Page["getByTestId"]>, option: string) {
  await select.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("importing deals", async () => {
  const { newPage } = await openBrowser();
  const dir = await mkdtemp(path.join(os.tmpdir(), "susumu-import-e2e-"));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const stamp = String(Date.now());
  const deals = [
    { name: `取込E2E リード ${stamp}`, stage: "リード獲得", stageKey: "lead" },
    { name: `取込E2E 初回 ${stamp}`, stage: "初回商談", stageKey: "first_meeting" },
    // No stage of the default pipeline has this name: the dry run asks for it.
    { name: `取込E2E ヒアリング ${stamp}`, stage: "ヒアリング中", stageKey: "problem_agreed" },
  ];

  async function writeFixture() {
    const lines = [
      "外部ID,案件名,ステージ,金額,受注予定日,担当者",
      ...deals.map(
        (d, i) => `E2E-${stamp}-${i + 1},${d.name},${d.stage},"¥1,${i + 2}00,000",2026年12月20日,`,
      ),
    ];
    const file = path.join(dir, `deals-${stamp}.csv`);
    await writeFile(file, iconv.encode(`${lines.join("\r\n")}\r\n`, "cp932"));
    return file;
  }

  it("reads a Shift-JIS file, maps an unknown stage, validates, applies, and shows the deals on the board", async () => {
    const file = await writeFixture();
    const page = await newPage();
    await logIn(page, "admin@susumu.example");
    await page.goto("/settings/imports");
    await page.getByTestId("import-page").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe("データ取り込み");

    // (1) ファイル選択
    await choose(page, page.getByTestId("import-kind"), "案件");
    await choose(page, page.getByTestId("import-preset"), "Susumu テンプレート");
    await page.getByTestId("import-file-input").setInputFiles(file);
    await page.getByTestId("import-preview-button").click();

    // (2) 列の対応付け: the encoding is detected, the template's headers map themselves.
    await page.getByTestId("import-mapping-step").waitFor();
    expect(await page.getByTestId("import-detected-encoding").textContent()).toContain("Shift-JIS");
    expect(await page.getByTestId("import-sample-rows").textContent()).toContain(deals[0]?.name);
    expect(await page.getByTestId("import-column-name").inputValue()).toBe("案件名");
    expect(await page.getByTestId("import-column-stage").inputValue()).toBe("ステージ");
    expect(await page.getByTestId("import-column-amount").inputValue()).toBe("金額");
    await page.getByTestId("import-validate-button").click();

    // (3) 検証: the unknown stage is reported and listed for mapping.
    const validate = page.getByTestId("import-validate-step");
    await validate.getByTestId("import-done").waitFor({ timeout: 30_000 });
    expect(await validate.getByTestId("import-done").getAttribute("data-ok")).toBe("false");
    expect(Number(await validate.getByTestId("import-count-invalid").getAttribute("data-value"))).toBe(1);
    expect(await validate.getByTestId("import-errors-table").textContent()).toContain("ヒアリング中");
    expect(await page.getByTestId("import-to-apply").isDisabled()).toBe(true);
    const unknownStage = validate.locator(
      '[data-testid="import-stage-mapping-row"][data-value="ヒアリング中"]',
    );
    await unknownStage.waitFor();
    await choose(page, unknownStage.getByTestId("import-stage-mapping-select"), "課題合意");

    // 再検証 with the stage mapped: no errors left.
    const revalidated = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/imports") && r.request().method() === "POST",
    );
    await validate.getByTestId("import-revalidate").click();
    expect((await revalidated).status()).toBe(202);
    await validate.locator('[data-testid="import-done"][data-ok="true"]').waitFor({ timeout: 30_000 });
    expect(await validate.getByTestId("import-count-invalid").getAttribute("data-value")).toBe("0");
    expect(await validate.getByTestId("import-count-created").getAttribute("data-value")).toBe("3");

    // (4) 取り込み実行
    await page.getByTestId("import-to-apply").click();
    const apply = page.getByTestId("import-apply-step");
    await apply.getByTestId("import-apply-summary").waitFor();
    await apply.getByTestId("import-apply").click();
    await apply.getByTestId("import-done").waitFor({ timeout: 30_000 });
    expect(await apply.getByTestId("import-count-created").getAttribute("data-value")).toBe("3");
    // The run is in the history below the wizard.
    await page
      .getByTestId("import-history-row")
      .filter({ hasText: `deals-${stamp}.csv` })
      .first()
      .waitFor();

    // The board of the default pipeline shows the new deals in their stages (filtered to this run).
    await page.goto(`/board?q=${encodeURIComponent(stamp)}`);
    for (const deal of deals) {
      await column(page, deal.stageKey).getByTestId("deal-card").filter({ hasText: deal.name }).waitFor();
    }
    expect(await card(page, stamp).count()).toBe(3);
  });
});
