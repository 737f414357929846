import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  createCalendar,
  dayOfInstant,
  formatDay,
  hourOfInstant,
  isBusinessDay,
  monthEndDay,
  monthOf,
  parseDay,
  tokyoInstant,
  weekday,
} from "./demo-calendar";

describe("demo calendar", () => {
  it("round-trips days and knows the weekday", () => {
    expect(formatDay(parseDay("2026-11-20"))).toBe("2026-11-20");
    expect(weekday(parseDay("2026-11-20"))).toBe(5); // a Friday
    expect(() => parseDay("20/11/2026")).toThrow();
  });

  it("skips weekends, national holidays and the year-end break", () => {
    expect(isBusinessDay(parseDay("2026-11-20"))).toBe(true);
    expect(isBusinessDay(parseDay("2026-11-21"))).toBe(false); // Saturday
    expect(isBusinessDay(parseDay("2026-11-03"))).toBe(false); // 文化の日
    expect(isBusinessDay(parseDay("2026-01-12"))).toBe(false); // 成人の日, 2nd Monday
    expect(isBusinessDay(parseDay("2025-12-30"))).toBe(false);
    expect(formatDay(addBusinessDays(parseDay("2026-11-20"), 1))).toBe("2026-11-24"); // Monday 11-23 is 勤労感謝の日
  });

  it("maps Tokyo wall-clock times to instants and back", () => {
    const instant = tokyoInstant(parseDay("2026-11-20"), 9.5);
    expect(new Date(instant).toISOString()).toBe("2026-11-20T00:30:00.000Z");
    expect(formatDay(dayOfInstant(instant))).toBe("2026-11-20");
    expect(hourOfInstant(instant)).toBeCloseTo(9.5);
    expect(formatDay(monthEndDay(monthOf(parseDay("2026-02-10"))))).toBe("2026-02-28");
  });

  it("covers twelve full months of history and fourteen target months", () => {
    const calendar = createCalendar("2026-11-20");
    expect(formatDay(calendar.historyStart)).toBe("2025-11-01");
    expect(calendar.targetMonths).toHaveLength(14);
    expect(formatDay(calendar.businessDays.at(-1) ?? 0)).toBe("2026-11-20");
    expect(calendar.businessDays.length).toBeGreaterThan(230);
    expect(calendar.businessDays.length).toBeLessThan(270);
    expect(new Date(calendar.cutoff).toISOString()).toBe("2026-11-19T15:00:00.000Z");
  });
});
