// What an export is made of: tables of typed columns whose rows arrive in batches, so that a file of
// any size is written while it is read. The .xlsx and CSV writers share the value rules below.
import type { Language } from "../../../contract/errors";

export type CellType = "text" | "number" | "date" | "datetime" | "percent";
export type Localized = { ja: string; en: string };
/** text: string · number, percent (a share of 1): number · date: "YYYY-MM-DD" · datetime: an instant. */
export type CellValue = string | number | Date | null | undefined;
export type ExportRow = Record<string, CellValue>;

export type ExportColumn = {
  key: string;
  header: Localized;
  /** A function when the type depends on the row, e.g. a KPI's value by its unit. */
  type: CellType | ((row: ExportRow) => CellType);
};

export type ExportTable = {
  key: string;
  title: Localized;
  columns: ExportColumn[];
  batches: AsyncIterable<ExportRow[]>;
};

/** A file to send: its base name (e.g. "deals"), the org's date it was made, one table per worksheet. */
export type ExportFile = { name: string; date: string; tables: ExportTable[] };

export type WriteOptions = { lang: Language; timeZone: string };

export const typeOf = (column: ExportColumn, row: ExportRow): CellType =>
  typeof column.type === "function" ? column.type(row) : column.type;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
/** Offsets are whole quarter hours, and so are the instants they change at. */
const QUARTER_HOUR = 900_000;

/** The zone's offset from UTC in ms at an instant, looked up once per zone and quarter hour: Intl per
 *  cell would dominate a large export. */
function offsetAt(ms: number, timeZone: string): number {
  const cacheKey = `${timeZone} ${Math.floor(ms / QUARTER_HOUR)}`;
  const cached = offsets.get(cacheKey);
  if (cached !== undefined) return cached;
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    zoneFormats.set(timeZone, format);
  }
  const start = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  const p = Object.fromEntries(format.formatToParts(start).map((part) => [part.type, Number(part.value)]));
  const offset = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute) - start;
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(cacheKey, offset);
  return offset;
}

/** An instant as the org's wall-clock time, "YYYY-MM-DD HH:mm:ss": Excel has no time zones. */
export function wallClock(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 19).replace("T", " ");
}

/** One batch of rows, for tables already in memory (report tables). */
export async function* inOneBatch(rows: ExportRow[]): AsyncIterable<ExportRow[]> {
  yield rows;
}

/** A file name of the org's date, e.g. `deals-2026-12-02.xlsx`, as RFC 6266 / 5987 headers carry it. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
