// A spooled upload read as rows of cells, streaming: CSV in UTF-8 (with or without BOM) or
// Shift-JIS / CP932 through iconv-lite and csv-parse, .xlsx (its first sheet) through ExcelJS's
// streaming reader. Memory stays flat in the file's size; `onBytes` reports progress.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { PassThrough, type Readable } from "node:stream";
import { parse } from "csv-parse";
import Encoding from "encoding-japanese";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Cell } from "../../../domain/imports/read-row";

export const fileEncodings = ["utf-8", "shift_jis"] as const;
export type FileEncoding = (typeof fileEncodings)[number];

/** UTF-8 unless the first 64 KB read as Shift-JIS (a BOM settles it). */
export async function detectEncoding(path: string): Promise<FileEncoding> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
    const detected = Encoding.detect(head);
    return detected === "SJIS" ? "shift_jis" : "utf-8";
  } finally {
    await handle.close();
  }
}

function countingStream(path: string, onBytes: (bytes: number) => void): Readable {
  let total = 0;
  const counter = new PassThrough();
  counter.on("data", (chunk: Buffer) => {
    total += chunk.length;
    onBytes(total);
  });
  return createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(counter);
}

async function* csvRows(path: string, encoding: FileEncoding, onBytes: (bytes: number) => void) {
  // CP932 is what Japanese Excel writes as "Shift-JIS": a superset with ①, ㈱ and the NEC/IBM rows.
  const decoder = iconv.decodeStream(encoding === "shift_jis" ? "cp932" : "utf8");
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  countingStream(path, onBytes).pipe(decoder).pipe(parser);
  for await (const record of parser) yield record as Cell[];
}

type ExcelValue = ExcelJS.CellValue;

function cellOf(value: ExcelValue): Cell {
  if (value == null || typeof value !== "object" || value instanceof Date) return value as Cell;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellOf(value.result as ExcelValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return null;
  return String(value);
}

async function* xlsxRows(path: string, onBytes: (bytes: number) => void) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(countingStream(path, onBytes), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      // row.values is 1-based and sparse.
      const values = (row.values as ExcelValue[]).slice(1);
      yield Array.from(values, cellOf);
    }
    return; // the first sheet only
  }
}

export function readFileRows(
  path: string,
  format: "csv" | "xlsx",
  encoding: FileEncoding,
  onBytes: (bytes: number) => void = () => {},
): AsyncIterable<Cell[]> {
  return format === "xlsx" ? xlsxRows(path, onBytes) : csvRows(path, encoding, onBytes);
}
