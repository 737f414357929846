// Reading the values Japanese spreadsheets and CRM exports hold: full-width digits, amounts with
// commas and ¥ / 円, dates as 2026/04/01, 2026年4月1日, ISO or Excel serials, 0/1 and TRUE/FALSE.
// Each reader answers the normalised value or undefined when the text cannot be read.
import { TZDate } from "@date-fns/tz";

/** Full-width digits, letters and signs to ASCII (NFKC), trimmed. */
export const normaliseText = (value: string) => value.normalize("NFKC").trim();

const isValidDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
function fromExcelSerial(serial: number) {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms);
}

const dateForms = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:時](\d{2})分?(?::(\d{2}))?)?()$/,
];

type DateTimeParts = { date: string; time: string | null; offset: string | null };

function partsOf(raw: string | number | Date): DateTimeParts | undefined {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return undefined;
    // Cells read from .xlsx carry the wall-clock time as if it were UTC.
    const s = raw.toISOString();
    const time = s.slice(11, 19);
    return { date: s.slice(0, 10), time: time === "00:00:00" ? null : time, offset: null };
  }
  const text = typeof raw === "number" ? String(raw) : normaliseText(raw);
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial < 1 || serial > 2_958_465) return undefined;
    return partsOf(fromExcelSerial(serial));
  }
  for (const form of dateForms) {
    const m = text.match(form);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) return undefined;
    const hasTime = m[4] !== undefined && m[4] !== "";
    const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return undefined;
    const offset = m[7] ? (m[7] === "Z" ? "+00:00" : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")) : null;
    const time = hasTime && (h || mi || s || offset) ? `${pad(h)}:${pad(mi)}:${pad(s)}` : null;
    return { date: iso(y, mo, d), time, offset };
  }
  return undefined;
}

/** A date without time, "YYYY-MM-DD" (a time part is dropped). */
export function readDate(raw: string | number | Date): string | undefined {
  return partsOf(raw)?.date;
}

/**
 * A moment, as text PostgreSQL reads: with its offset when the file gave one, else the wall-clock
 * time that the org's time zone places (the SQL applies `at time zone`).
 */
export function readDateTime(
  raw: string | number | Date,
): { local: string } | { instant: string } | undefined {
  const p = partsOf(raw);
  if (!p) return undefined;
  const wall = `${p.date} ${p.time ?? "00:00:00"}`;
  return p.offset ? { instant: `${wall}${p.offset}` } : { local: wall };
}

/** The instant of a moment `readDateTime` read: its own offset, or the wall clock in the zone. */
export function instantOfMoment(text: string, timeZone: string): Date {
  if (/[+-]\d{2}:\d{2}$/.test(text)) return new Date(text.replace(" ", "T"));
  const [y, mo, d, h, mi, sec] = text.split(/[- :]/).map(Number) as number[];
  return new Date(
    new TZDate(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, sec ?? 0, timeZone).getTime(),
  );
}

/** Money as an integer of yen: "¥1,200,000", "1,200,000円", "１，２００，０００"; decimals round half up. */
export function readMoney(raw: string | number): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? Math.round(raw) : undefined;
  // Shift-JIS writes ¥ as byte 0x5C, which decodes as a backslash.
  const text = normaliseText(raw).replace(/[¥￥\\,\s]|円$|^JPY|^USD|^\$/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Math.round(Number(text));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A whole number such as a probability "60", "60%", "６０％" or a duration. */
export function readInteger(raw: string | number): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? Math.round(raw) : undefined;
  const text = normaliseText(raw).replace(/[,%\s]/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Math.round(Number(text));
  return Number.isSafeInteger(value) ? value : undefined;
}

const trueWords = new Set(["1", "true", "yes", "y", "t", "はい", "○", "〇", "済"]);
const falseWords = new Set(["0", "false", "no", "n", "f", "いいえ", "×", "-", "未"]);

export function readBoolean(raw: string | number | boolean): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  const text = normaliseText(String(raw)).toLowerCase();
  if (trueWords.has(text)) return true;
  if (falseWords.has(text)) return false;
  return undefined;
}
