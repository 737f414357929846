// Tables as an .xlsx workbook, streamed through ExcelJS's streaming writer: one worksheet per table,
// the header row bold, frozen and filterable, typed cells (numbers, real dates, percentages).
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import {
  type CellValue,
  type ExportColumn,
  type ExportRow,
  type ExportTable,
  typeOf,
  type WriteOptions,
  wallClock,
} from "./table-export";

/** One style object per format, shared by every cell: ExcelJS then finds its style id by identity
 *  instead of serialising a new style for each of a million cells. */
const styles = {
  text: {},
  integer: { numFmt: "#,##0" },
  decimal: { numFmt: "#,##0.0#" },
  percent: { numFmt: "0.0%" },
  date: { numFmt: "yyyy-mm-dd" },
  datetime: { numFmt: "yyyy-mm-dd hh:mm" },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Characters an Excel sheet name may not hold; it is at most 31 characters long. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/** Display width in Excel's character units: CJK characters take two. */
const widthOf = (text: string) => {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
};

function cellOf(column: ExportColumn, row: ExportRow, options: WriteOptions) {
  const value: CellValue = row[column.key];
  if (value === null || value === undefined || value === "") return { value: null, style: styles.text };
  switch (typeOf(column, row)) {
    case "text":
      return { value: String(value), style: styles.text };
    case "number": {
      const n = Number(value);
      return { value: n, style: Number.isInteger(n) ? styles.integer : styles.decimal };
    }
    case "percent":
      return { value: Number(value), style: styles.percent };
    case "date":
      // A date without time is midnight UTC: ExcelJS turns a Date into its serial number in UTC.
      return { value: new Date(`${String(value)}T00:00:00Z`), style: styles.date };
    case "datetime": {
      const instant = value instanceof Date ? value : new Date(String(value));
      const wall = wallClock(instant, options.timeZone).replace(" ", "T");
      return { value: new Date(`${wall}Z`), style: styles.datetime };
    }
  }
}

/** Widths from the header and the first batch: later rows cannot change them in a streamed sheet. */
function widthsOf(table: ExportTable, sample: ExportRow[], options: WriteOptions) {
  return table.columns.map((column) => {
    let width = widthOf(column.header[options.lang]);
    for (const row of sample.slice(0, 200)) {
      const type = typeOf(column, row);
      const value = row[column.key];
      if (value === null || value === undefined) continue;
      const shown = type === "date" ? 10 : type === "datetime" ? 16 : widthOf(String(value)) + 1;
      width = Math.max(width, shown);
    }
    return Math.min(60, Math.max(8, width + 2));
  });
}

/** Resolves once the reader has taken what was written, or the stream is gone. */
const drained = (stream: PassThrough) =>
  new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });

async function writeTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: ExportTable,
  out: PassThrough,
  options: WriteOptions,
) {
  const sheet = workbook.addWorksheet(sheetName(table.title[options.lang]), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  let started = false;
  const start = (sample: ExportRow[]) => {
    started = true;
    const widths = widthsOf(table, sample, options);
    sheet.columns = table.columns.map((c, i) => ({ key: c.key, width: widths[i] }));
    const header = sheet.addRow(table.columns.map((c) => c.header[options.lang]));
    header.font = { bold: true };
    header.commit();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  };
  for await (const batch of table.batches) {
    if (!started) start(batch);
    for (const row of batch) {
      const cells = table.columns.map((column) => cellOf(column, row, options));
      const excelRow = sheet.addRow(cells.map((c) => c.value));
      cells.forEach((c, i) => {
        excelRow.getCell(i + 1).style = c.style;
      });
      excelRow.commit();
    }
    // A turn of the event loop lets the zip deflate and pass on what was committed; only then does
    // a full `out` show that the reader is behind, and the next batch waits for it.
    await new Promise((resolve) => setImmediate(resolve));
    if (out.writableNeedDrain) await drained(out);
    if (out.destroyed) return false;
  }
  if (!started) start([]);
  sheet.commit();
  return true;
}

/** The workbook as a stream to send; rows are read only as fast as the reader takes the file. */
export function xlsxStream(tables: ExportTable[], options: WriteOptions): Readable {
  const out = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    for (const table of tables) {
      if (!(await writeTable(workbook, table, out, options))) return;
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
