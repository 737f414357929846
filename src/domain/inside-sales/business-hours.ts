// Business minutes (営業時間): the org's working hours on business days (weekdays minus Japanese
// holidays and the year-end closure, as in business-days.ts), in its time zone. Lead response time
// and its SLA count only these minutes: a web form sent at 23:00 on Friday is answered in time at
// 9:30 on Monday.
import { TZDate } from "@date-fns/tz";
import { isBusinessDay } from "../business-days";
import { addDays, dateInZone } from "../calendar";

export type BusinessHours = {
  /** "HH:MM" local time the working day starts and ends. */
  start: string;
  end: string;
  timeZone: string;
};

const MINUTE = 60_000;
/** Enough business days to pass any SLA or gap a lead can have (about two years). */
const MAX_DAYS = 800;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The instant of a local date and minute of the day in the zone. */
function instantAt(date: string, minuteOfDay: number, timeZone: string): number {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(y, mo - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone).getTime();
}

/** The working window [open, close) of a date, or null when it is not a business day. */
function windowOf(date: string, hours: BusinessHours): [number, number] | null {
  if (!isBusinessDay(date)) return null;
  return [
    instantAt(date, minutesOf(hours.start), hours.timeZone),
    instantAt(date, minutesOf(hours.end), hours.timeZone),
  ];
}

/** Business minutes from `from` to `to` (0 when `to` is not later), whole minutes rounded down. */
export function businessMinutesBetween(from: Date, to: Date, hours: BusinessHours): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  let total = 0;
  const last = dateInZone(to, hours.timeZone);
  for (let day = dateInZone(from, hours.timeZone), n = 0; day <= last && n < MAX_DAYS * 2; n++) {
    const window = windowOf(day, hours);
    if (window) total += Math.max(0, Math.min(b, window[1]) - Math.max(a, window[0]));
    day = addDays(day, 1);
  }
  return Math.floor(total / MINUTE);
}

/** The instant `minutes` business minutes after `from`: the SLA deadline of a lead created then. */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours): Date {
  let left = minutes * MINUTE;
  let day = dateInZone(from, hours.timeZone);
  for (let n = 0; n < MAX_DAYS * 2; n++, day = addDays(day, 1)) {
    const window = windowOf(day, hours);
    if (!window) continue;
    const open = Math.max(from.getTime(), window[0]);
    if (open >= window[1]) continue;
    if (open + left <= window[1]) return new Date(open + left);
    left -= window[1] - open;
  }
  throw new Error("no business day within reach");
}

/** How much of today's working hours has passed at `now`, from 0 (before opening, or not a
 *  business day) to 1 (after closing): "calls 32 / 60 at 14:00" is judged against this share. */
export function shareOfWorkingDay(now: Date, hours: BusinessHours): number {
  const window = windowOf(dateInZone(now, hours.timeZone), hours);
  if (!window) return 0;
  const [open, close] = window;
  return Math.min(1, Math.max(0, (now.getTime() - open) / (close - open)));
}
