// Exports (SPEC C11): a manager filters the deal list and downloads it from the export menu; the file
// holds the rows the list counts, with the page's filters.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { logIn } from "./helpers";

const wait = { timeout: 20_000 };

describe("exports from the web app", async () => {
  const { newPage } = await openBrowser();

  it("downloads the filtered deal list as .xlsx and the dashboard's funnel as CSV", async () => {
    const page = await newPage();
    await logIn(page, "manager@susumu.example");
    await page.goto("/deals?status=open&sort=-amount");
    await page.getByTestId("deal-row").first().waitFor(wait);
    const total = await page.evaluate(
      async () => (await (await fetch("/api/v1/deals?status=open&limit=1")).json()).total as number,
    );

    await page.getByTestId("deals-export").click();
    const [xlsx] = await Promise.all([
      page.waitForEvent("download", wait),
      page.getByTestId("deals-export-0-xlsx").click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^deals-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path()) as string)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("案件名");
    expect((sheet?.rowCount ?? 0) - 1).toBe(total);
    expect(sheet?.getRow(2).getCell(6).value).toBe("進行中");

    await page.goto("/dashboard");
    await page.getByTestId("dashboard-export").click();
    const [csv] = await Promise.all([
      page.waitForEvent("download", wait),
      page.getByTestId("dashboard-export-0-csv-funnel").click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^dashboard-funnel-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await csv.path()) as string, "utf8");
    expect(text.startsWith("\uFEFFステージ,")).toBe(true);
  });
});
