// Days and instants for the demo data, in Asia/Tokyo (UTC+9, no daylight saving). A day is an
// integer: days since 1970-01-01 on the Tokyo calendar; an instant is epoch milliseconds.
import { isBusinessDay as isBusinessDate } from "../../domain/business-days";

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const JST_OFFSET_HOURS = 9;

export function parseDay(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`expected a date "YYYY-MM-DD", got "${value}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const businessDayCache = new Map<number, boolean>();

export function isBusinessDay(day: number): boolean {
  const cached = businessDayCache.get(day);
  if (cached !== undefined) return cached;
  const result = computeBusinessDay(day);
  businessDayCache.set(day, result);
  return result;
}

/** The product's own business-day rule (national holidays and the year-end closure). */
function computeBusinessDay(day: number): boolean {
  return isBusinessDate(formatDay(day));
}

/** The first business day on or after `day`. */
export function nextBusinessDay(day: number): number {
  let d = day;
  while (!isBusinessDay(d)) d++;
  return d;
}

export function addBusinessDays(day: number, count: number): number {
  let d = nextBusinessDay(day);
  for (let i = 0; i < count; i++) d = nextBusinessDay(d + 1);
  return d;
}

/** The instant of hour:minute on a Tokyo day; hour may be fractional. */
export function tokyoInstant(day: number, hour: number, minute = 0): number {
  return day * DAY_MS + (hour - JST_OFFSET_HOURS) * HOUR_MS + minute * 60_000;
}

export function dayOfInstant(instant: number): number {
  return Math.floor((instant + JST_OFFSET_HOURS * HOUR_MS) / DAY_MS);
}

/** Hour of the day in Tokyo, fractional. */
export function hourOfInstant(instant: number): number {
  return ((instant + JST_OFFSET_HOURS * HOUR_MS) % DAY_MS) / HOUR_MS;
}

/** Months as an integer: year * 12 + month index. */
export function monthOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStartDay(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
}

export function monthEndDay(month: number): number {
  return monthStartDay(month + 1) - 1;
}

export type DemoCalendar = {
  today: number;
  /** First day of the month twelve months before this one: 12 full months of history. */
  historyStart: number;
  /** Past events happen before today began (data seeded now must not lie in the future); scheduled ones after. */
  cutoff: number;
  /** Business days from historyStart to today, included. */
  businessDays: number[];
  /** The months that carry targets: the 12 past months, this month and next month. */
  targetMonths: number[];
};

export function createCalendar(today: string): DemoCalendar {
  const todayDay = parseDay(today);
  const thisMonth = monthOf(todayDay);
  const historyStart = monthStartDay(thisMonth - 12);
  const businessDays: number[] = [];
  for (let d = historyStart; d <= todayDay; d++) if (isBusinessDay(d)) businessDays.push(d);
  const targetMonths = Array.from({ length: 14 }, (_, i) => thisMonth - 12 + i);
  return { today: todayDay, historyStart, cutoff: tokyoInstant(todayDay, 0), businessDays, targetMonths };
}
