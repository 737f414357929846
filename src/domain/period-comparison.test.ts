import { describe, expect, it } from "vitest";
import { samePointInPrevious } from "./period-comparison";
import { parsePeriod } from "./periods";

const month = (label: string) => parsePeriod(label, 4) as NonNullable<ReturnType<typeof parsePeriod>>;

describe("the same point of the previous period", () => {
  it("aligns on business days: the 14th business day of November 2026 meets October's 14th", () => {
    // November 2026: 2 Nov (Mon) is the 1st business day; 3 Nov (Culture Day) and 23 Nov are holidays.
    // By Friday 20 Nov, 14 business days have passed; October's 14th business day is Wed 21 Oct
    // (12 Oct is Sports Day).
    const point = samePointInPrevious(month("2026-11"), "2026-11-20", 4);
    expect(point.period.label).toBe("2026-10");
    expect(point.elapsedBusinessDays).toBe(14);
    expect(point.asOf).toBe("2026-10-21");
  });

  it("does not count the weekend: Saturday compares with the same business day as Friday", () => {
    expect(samePointInPrevious(month("2026-11"), "2026-11-21", 4).asOf).toBe("2026-10-21");
  });

  it("handles a short month after a long one: by 31 March the whole of February has passed", () => {
    // March 2026 has 21 business days (20 Mar is Vernal Equinox Day); February has 18 (11 and 23 Feb).
    const point = samePointInPrevious(month("2026-03"), "2026-03-31", 4);
    expect(point.period.label).toBe("2026-02");
    expect(point.asOf).toBe("2026-02-28");
    expect(point.elapsedBusinessDays).toBe(18);
  });

  it("skips the New Year holidays (29 Dec - 3 Jan) when January compares with December", () => {
    // 5 Jan 2027 (Tue) is January's 1st business day (4 Jan is a Monday: the 2nd). 1st of December is Tue.
    const point = samePointInPrevious(month("2027-01"), "2027-01-05", 4);
    expect(point.elapsedBusinessDays).toBe(2);
    expect(point.asOf).toBe("2026-12-02");
  });

  it("compares a finished period with the whole previous one, and one not started with nothing", () => {
    expect(samePointInPrevious(month("2026-10"), "2026-11-20", 4).asOf).toBe("2026-09-30");
    const before = samePointInPrevious(month("2026-12"), "2026-11-20", 4);
    expect(before.elapsedBusinessDays).toBe(0);
    expect(before.asOf).toBe("2026-10-31");
  });

  it("works for fiscal quarters and weeks", () => {
    const quarter = samePointInPrevious(month("FY2026-Q3"), "2026-10-01", 4);
    expect(quarter.period.label).toBe("FY2026-Q2");
    expect(quarter.asOf).toBe("2026-07-01");
    const week = samePointInPrevious(month("2026-W47"), "2026-11-18", 4);
    expect(week.period.label).toBe("2026-W46");
    expect(week.asOf).toBe("2026-11-11");
  });
});
