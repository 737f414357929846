import { describe, expect, it } from "vitest";
import { fiscalYearOf, parsePeriod, periodContaining, previousPeriod } from "./periods";

describe("periods", () => {
  it("parse months, weeks, days, fiscal quarters and fiscal years", () => {
    expect(parsePeriod("2026-12", 4)).toMatchObject({
      kind: "month",
      start: "2026-12-01",
      end: "2026-12-31",
    });
    expect(parsePeriod("2028-02", 4)).toMatchObject({ end: "2028-02-29" });
    expect(parsePeriod("2026-W47", 4)).toMatchObject({
      kind: "week",
      start: "2026-11-16",
      end: "2026-11-22",
    });
    expect(parsePeriod("2026-W53", 4)).toMatchObject({ start: "2026-12-28", end: "2027-01-03" });
    expect(parsePeriod("2026-11-20", 4)).toMatchObject({ kind: "day", start: "2026-11-20" });
    expect(parsePeriod("FY2026", 4)).toMatchObject({
      kind: "fiscal_year",
      start: "2026-04-01",
      end: "2027-03-31",
    });
    expect(parsePeriod("FY2026-Q3", 4)).toMatchObject({
      kind: "quarter",
      start: "2026-10-01",
      end: "2026-12-31",
    });
    expect(parsePeriod("FY2026-Q4", 4)).toMatchObject({ start: "2027-01-01", end: "2027-03-31" });
    expect(parsePeriod("FY2026", 1)).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
    for (const bad of ["2026-13", "2026-W60", "2026-02-30", "FY26", "soon"])
      expect(parsePeriod(bad, 4)).toBeNull();
  });

  it("place a date in its fiscal year starting in April", () => {
    expect(fiscalYearOf("2027-03-31", 4)).toBe(2026);
    expect(fiscalYearOf("2027-04-01", 4)).toBe(2027);
    expect(periodContaining("quarter", "2027-02-10", 4)).toMatchObject({ label: "FY2026-Q4" });
    expect(periodContaining("fiscal_year", "2026-11-20", 4)).toMatchObject({ label: "FY2026" });
    expect(periodContaining("week", "2026-11-20", 4)).toMatchObject({
      start: "2026-11-16",
      label: "2026-W47",
    });
  });

  it("step back one period", () => {
    const month = (text: string) => parsePeriod(text, 4) as NonNullable<ReturnType<typeof parsePeriod>>;
    expect(previousPeriod(month("2026-03"), 4)).toMatchObject({
      start: "2026-02-01",
      end: "2026-02-28",
    });
    expect(previousPeriod(month("FY2026-Q1"), 4)).toMatchObject({ label: "FY2025-Q4" });
    expect(previousPeriod(month("2027-W01"), 4)).toMatchObject({ label: "2026-W53" });
  });
});
