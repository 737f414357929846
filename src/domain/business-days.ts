// Business days in Japan: Monday to Friday, minus the national holidays (from @holiday-jp/holiday_jp,
// a maintained list including substitute and citizens' holidays) and the year-end closure 12/29-1/3
// that almost every Japanese company observes (年末年始休業).
import holidayJp from "@holiday-jp/holiday_jp";
import { addDays } from "./calendar";

const holidays = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (holidays[date]) return false;
  const monthDay = date.slice(5);
  return !(monthDay >= "12-29" || monthDay <= "01-03");
}

/** Business days from `start` to `end`, both included. */
export function businessDaysBetween(start: string, end: string): number {
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (isBusinessDay(day)) count++;
  return count;
}
