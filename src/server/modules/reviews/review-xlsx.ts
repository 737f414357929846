// A worksheet written top to bottom like the Excel sheets teams keep their meetings in: a title, small
// tables with typed cells (numbers as numbers, percentages formatted, real dates), labelled blocks of
// text, and an A4 print setup that fits the width on one page.
import ExcelJS from "exceljs";

export type CellKind = "text" | "number" | "percent" | "date";
export type Cell = { value: string | number | null | undefined; kind?: CellKind };
/** A column of a table: its header and how many sheet columns it spans. */
export type Column = { header: string; span?: number };

/** Sheet columns A-F: a wide first one for names and labels, five for figures. */
const WIDTHS = [30, 14, 14, 14, 14, 16];
const LAST = WIDTHS.length;
/** Characters a block's text (columns B-F) holds per line, two per CJK character. */
const BLOCK_WIDTH = WIDTHS.slice(1).reduce((a, b) => a + b, 0) - 2;

const formats: Record<CellKind, string | undefined> = {
  text: undefined,
  number: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const labelFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };

const displayWidth = (text: string) => {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
};
/** Lines a text takes when wrapped in `width` characters. */
const linesOf = (text: string, width: number) =>
  text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);

export function createSheetWriter(sheetName: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let rowNo = 0;

  const next = () => sheet.getRow(++rowNo);
  const setCell = (row: ExcelJS.Row, col: number, cell: Cell) => {
    const target = row.getCell(col);
    const kind = cell.kind ?? "text";
    const value = cell.value;
    if (value === null || value === undefined || value === "") target.value = null;
    else if (kind === "date") target.value = new Date(`${String(value)}T00:00:00Z`);
    else if (kind === "text") target.value = String(value);
    else target.value = Number(value);
    const numFmt = formats[kind];
    if (numFmt) target.numFmt = numFmt;
    target.border = thin;
    target.alignment = { vertical: "top", wrapText: kind === "text" };
  };

  return {
    workbook,
    sheet,

    title(text: string, subtitle: string) {
      const row = next();
      sheet.mergeCells(rowNo, 1, rowNo, LAST);
      row.getCell(1).value = text;
      row.getCell(1).font = { bold: true, size: 14 };
      row.height = 24;
      const sub = next();
      sheet.mergeCells(rowNo, 1, rowNo, LAST);
      sub.getCell(1).value = subtitle;
      sub.getCell(1).font = { size: 9, color: { argb: "FF555555" } };
    },

    /** A section heading, with a blank row before it. */
    heading(text: string) {
      next();
      const row = next();
      sheet.mergeCells(rowNo, 1, rowNo, LAST);
      row.getCell(1).value = text;
      row.getCell(1).font = { bold: true, size: 12 };
    },

    /** A table: a header row and one row per entry; each column spans its sheet columns. */
    table(columns: Column[], rows: Cell[][]) {
      const write = (cells: Cell[], header: boolean) => {
        const row = next();
        let col = 1;
        let lines = 1;
        columns.forEach((column, i) => {
          const span = column.span ?? 1;
          const cell = cells[i] ?? { value: null };
          setCell(row, col, cell);
          if (span > 1) sheet.mergeCells(rowNo, col, rowNo, col + span - 1);
          if (header) {
            row.getCell(col).font = { bold: true };
            row.getCell(col).fill = headerFill;
          }
          if ((cell.kind ?? "text") === "text" && cell.value) {
            const width = WIDTHS.slice(col - 1, col - 1 + span).reduce((a, b) => a + b, 0) - 2;
            lines = Math.max(lines, linesOf(String(cell.value), width));
          }
          col += span;
        });
        if (lines > 1) row.height = lines * 15;
      };
      write(
        columns.map((c) => ({ value: c.header })),
        true,
      );
      for (const cells of rows) write(cells, false);
    },

    /** A labelled block of written text: the label on the left, the text across the rest. */
    block(label: string, text: string | undefined) {
      const row = next();
      setCell(row, 1, { value: label });
      row.getCell(1).font = { bold: true };
      row.getCell(1).fill = labelFill;
      setCell(row, 2, { value: text ?? "" });
      sheet.mergeCells(rowNo, 2, rowNo, LAST);
      row.height = Math.max(2, linesOf(text ?? "", BLOCK_WIDTH)) * 15;
    },

    /** A line of text across the sheet. */
    line(text: string) {
      const row = next();
      sheet.mergeCells(rowNo, 1, rowNo, LAST);
      row.getCell(1).value = text;
    },
  };
}

export type SheetWriter = ReturnType<typeof createSheetWriter>;
