// Reading exported files back in tests: .xlsx through ExcelJS, CSV through csv-parse.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect } from "vitest";

type Response = { statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown> };

export async function readXlsx(response: Response) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet's header and its rows of values by header. */
export function sheetRows(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return { header, rows };
}

export function readCsv(response: Response) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
  const text = response.rawPayload.toString("utf8");
  const records = parse(text, { bom: true }) as string[][];
  const [header = [], ...rows] = records;
  return {
    hasBom: text.startsWith("\uFEFF"),
    header,
    rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))),
  };
}
