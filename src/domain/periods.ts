// Reporting periods: day, week (Monday to Sunday), month, fiscal quarter and fiscal year, with the
// fiscal year starting in the org's month (April by default, as in most Japanese companies).
import { addDays, addMonths, startOfMonth } from "./calendar";

export type PeriodKind = "day" | "week" | "month" | "quarter" | "fiscal_year";
export type Period = { kind: PeriodKind; start: string; end: string; label: string };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Parses "2026-11-20" (day), "2026-W47" (ISO week), "2026-11" (month), "FY2026-Q3" (fiscal quarter)
 * and "FY2026" (the fiscal year that starts in 2026). Returns null for anything else.
 */
export function parsePeriod(text: string, fiscalYearStartMonth: number): Period | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && addDays(text, 0) === text) {
    return { kind: "day", start: text, end: text, label: text };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(text);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return start ? { kind: "week", start, end: addDays(start, 6), label: text } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const start = `${text}-01`;
    return { kind: "month", start, end: addDays(addMonths(start, 1), -1), label: text };
  }
  m = /^FY(\d{4})(?:-Q([1-4]))?$/.exec(text);
  if (m) {
    const fyStart = `${m[1]}-${pad(fiscalYearStartMonth)}-01`;
    if (!m[2])
      return { kind: "fiscal_year", start: fyStart, end: addDays(addMonths(fyStart, 12), -1), label: text };
    const start = addMonths(fyStart, (Number(m[2]) - 1) * 3);
    return { kind: "quarter", start, end: addDays(addMonths(start, 3), -1), label: text };
  }
  return null;
}

/** The period of a kind that contains a date. */
export function periodContaining(kind: PeriodKind, date: string, fiscalYearStartMonth: number): Period {
  switch (kind) {
    case "day":
      return { kind, start: date, end: date, label: date };
    case "week": {
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      const start = addDays(date, -weekday);
      return { kind, start, end: addDays(start, 6), label: isoWeekLabel(start) };
    }
    case "month":
      return parsePeriod(date.slice(0, 7), fiscalYearStartMonth) as Period;
    case "quarter":
    case "fiscal_year": {
      const fy = fiscalYearOf(date, fiscalYearStartMonth);
      if (kind === "fiscal_year") return parsePeriod(`FY${fy}`, fiscalYearStartMonth) as Period;
      const monthsIn = monthsBetween(`${fy}-${pad(fiscalYearStartMonth)}-01`, startOfMonth(date));
      return parsePeriod(`FY${fy}-Q${Math.floor(monthsIn / 3) + 1}`, fiscalYearStartMonth) as Period;
    }
  }
}

/** The same span one period earlier (the previous month, week, quarter or fiscal year). */
export function previousPeriod(period: Period, fiscalYearStartMonth: number): Period {
  return periodContaining(period.kind, addDays(period.start, -1), fiscalYearStartMonth);
}

/** The fiscal year (named by the calendar year it starts in) that contains a date. */
export function fiscalYearOf(date: string, fiscalYearStartMonth: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= fiscalYearStartMonth ? year : year - 1;
}

function monthsBetween(from: string, to: string) {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7))
  );
}

function isoWeekStart(year: number, week: number): string | null {
  if (week < 1 || week > 53) return null;
  // The ISO week 1 holds January 4th.
  const jan4 = `${year}-01-04`;
  const weekday = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(addDays(jan4, -weekday), (week - 1) * 7);
  return isoWeekLabel(start) === `${year}-W${pad(week)}` ? start : null;
}

function isoWeekLabel(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const firstMonday = addDays(jan4, -((new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7));
  const week =
    Math.round((Date.parse(`${monday}T00:00:00Z`) - Date.parse(`${firstMonday}T00:00:00Z`)) / 604_800_000) +
    1;
  return `${year}-W${pad(week)}`;
}
