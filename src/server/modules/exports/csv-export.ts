// One table as CSV: UTF-8 with a BOM, so that Japanese Excel reads it as UTF-8 (without one it assumes
// Shift-JIS); CRLF line ends; dates "YYYY-MM-DD", times in the org's zone, numbers unformatted.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import {
  type ExportColumn,
  type ExportRow,
  type ExportTable,
  typeOf,
  type WriteOptions,
  wallClock,
} from "./table-export";

const BOM = "\uFEFF";

/** Text Excel would run as a formula (=, +, -, @ first) gets a leading quote; a phone number or a
 *  signed figure stays as it is. */
const defused = (text: string) =>
  /^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s().-]*$/.test(text) ? `'${text}` : text;

function csvValue(column: ExportColumn, row: ExportRow, options: WriteOptions): string {
  const value = row[column.key];
  if (value === null || value === undefined) return "";
  switch (typeOf(column, row)) {
    case "text":
      return defused(String(value));
    case "number":
    case "percent":
    case "date":
      return String(value);
    case "datetime":
      return wallClock(value instanceof Date ? value : new Date(String(value)), options.timeZone);
  }
}

const lines = (records: string[][]) => stringify(records, { record_delimiter: "windows" });

async function* csvChunks(table: ExportTable, options: WriteOptions) {
  yield BOM + lines([table.columns.map((c) => c.header[options.lang])]);
  for await (const batch of table.batches) {
    yield lines(batch.map((row) => table.columns.map((c) => csvValue(c, row, options))));
  }
}

/** Pulled by the reader: the next batch is read only when the previous one has been sent. */
export function csvStream(table: ExportTable, options: WriteOptions): Readable {
  const chunks = csvChunks(table, options);
  const stream = Readable.from(chunks, { objectMode: false });
  // An unread generator ignores return(); the rows' source must still be closed.
  stream.once("close", () => {
    const source = table.batches[Symbol.asyncIterator]();
    Promise.resolve(source.return?.()).catch(() => {});
  });
  return stream;
}
