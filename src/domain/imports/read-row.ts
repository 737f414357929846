// One row of a file read into typed field values by the field catalogue, with an error per value
// that cannot be read. Kind-specific rules (stages, owners, vocabularies) come after, in the server.
import { type FieldType, type ImportField, type ImportKind, importFields } from "./import-fields";
import type { ImportRowErrorCode } from "./import-row-errors";
import { normaliseText, readBoolean, readDate, readDateTime, readInteger, readMoney } from "./import-values";

export type Cell = string | number | boolean | Date | null | undefined;
export type FieldValue = string | number | boolean | { local: string } | { instant: string };
export type CellError = { column: string; code: ImportRowErrorCode; value: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function readCell(type: FieldType, cell: Exclude<Cell, null | undefined>): FieldValue | undefined {
  switch (type) {
    case "text":
      return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
    case "money":
      return typeof cell === "boolean" || cell instanceof Date ? undefined : readMoney(cell);
    case "integer":
      return typeof cell === "boolean" || cell instanceof Date ? undefined : readInteger(cell);
    case "date":
      return typeof cell === "boolean" ? undefined : readDate(cell);
    case "datetime":
      return typeof cell === "boolean" ? undefined : readDateTime(cell);
    case "boolean":
      return cell instanceof Date ? undefined : readBoolean(cell);
  }
}

const errorFor: Record<FieldType, ImportRowErrorCode> = {
  text: "INVALID_TEXT",
  money: "INVALID_NUMBER",
  integer: "INVALID_NUMBER",
  date: "INVALID_DATE",
  datetime: "INVALID_DATE",
  boolean: "INVALID_BOOLEAN",
};

const isBlank = (cell: Cell) => cell == null || (typeof cell === "string" && normaliseText(cell) === "");

/** Reads the mapped cells of one row; `columns` gives each field's header and position. */
export function readRow(
  kind: ImportKind,
  columns: { field: ImportField; header: string; index: number }[],
  cells: Cell[],
): { values: Record<string, FieldValue>; errors: CellError[] } {
  const values: Record<string, FieldValue> = {};
  const errors: CellError[] = [];
  for (const { field, header, index } of columns) {
    const cell = cells[index];
    if (isBlank(cell)) continue;
    const raw = String(cell instanceof Date ? cell.toISOString() : cell);
    if (field.type === "text" && controlChars.test(raw)) {
      errors.push({
        column: header,
        code: "INVALID_TEXT",
        value: raw.replace(controlChars, "?").slice(0, 200),
      });
      continue;
    }
    const value = readCell(field.type, cell as Exclude<Cell, null | undefined>);
    if (value === undefined)
      errors.push({ column: header, code: errorFor[field.type], value: raw.slice(0, 200) });
    else if (typeof value === "string" && field.max && value.length > field.max)
      errors.push({ column: header, code: "TOO_LONG", value: value.slice(0, 200) });
    else values[field.key] = value;
  }
  for (const field of importFields[kind]) {
    if (
      field.required &&
      values[field.key] === undefined &&
      !errors.some((e) => e.column === headerOf(columns, field.key))
    ) {
      errors.push({ column: headerOf(columns, field.key) ?? field.ja, code: "REQUIRED", value: "" });
    }
  }
  return { values, errors };
}

const headerOf = (columns: { field: ImportField; header: string }[], key: string) =>
  columns.find((c) => c.field.key === key)?.header;
