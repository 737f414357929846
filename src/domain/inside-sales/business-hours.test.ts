import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween, shareOfWorkingDay } from "./business-hours";

const hours = { start: "09:00", end: "18:00", timeZone: "Asia/Tokyo" };
const jst = (local: string) => new Date(`${local}+09:00`);

describe("business minutes", () => {
  it("counts the minutes of one working day", () => {
    expect(businessMinutesBetween(jst("2026-12-02T10:00:00"), jst("2026-12-02T10:42:30"), hours)).toBe(42);
  });

  it("skips the night: 17:30 to 9:30 the next morning is an hour", () => {
    expect(businessMinutesBetween(jst("2026-12-02T17:30:00"), jst("2026-12-03T09:30:00"), hours)).toBe(60);
  });

  it("skips the weekend: Friday 23:00 to Monday 9:30 is thirty minutes", () => {
    expect(businessMinutesBetween(jst("2026-12-04T23:00:00"), jst("2026-12-07T09:30:00"), hours)).toBe(30);
  });

  it("skips a national holiday (2026-11-23, 勤労感謝の日, a Monday)", () => {
    // Friday 17:00 → Tuesday 10:00: Friday's last hour and Tuesday's first.
    expect(businessMinutesBetween(jst("2026-11-20T17:00:00"), jst("2026-11-24T10:00:00"), hours)).toBe(120);
  });

  it("skips the year-end closure 12/29-1/3", () => {
    expect(businessMinutesBetween(jst("2026-12-28T17:00:00"), jst("2027-01-04T09:15:00"), hours)).toBe(75);
  });

  it("is zero outside working hours and when the end is not later", () => {
    expect(businessMinutesBetween(jst("2026-12-05T10:00:00"), jst("2026-12-05T15:00:00"), hours)).toBe(0);
    expect(businessMinutesBetween(jst("2026-12-02T12:00:00"), jst("2026-12-02T11:00:00"), hours)).toBe(0);
  });
});

describe("SLA deadline", () => {
  it("lands within the same day when the hours allow", () => {
    expect(addBusinessMinutes(jst("2026-12-02T10:00:00"), 60, hours)).toEqual(jst("2026-12-02T11:00:00"));
  });

  it("carries over the night and the weekend", () => {
    expect(addBusinessMinutes(jst("2026-12-04T17:30:00"), 60, hours)).toEqual(jst("2026-12-07T09:30:00"));
  });

  it("starts at opening for a lead that arrives at night or on a holiday", () => {
    expect(addBusinessMinutes(jst("2026-11-22T20:00:00"), 60, hours)).toEqual(jst("2026-11-24T10:00:00"));
  });

  it("agrees with the minutes counted back", () => {
    const from = jst("2026-12-25T16:10:00");
    const due = addBusinessMinutes(from, 240, hours);
    expect(businessMinutesBetween(from, due, hours)).toBe(240);
  });
});

describe("share of the working day", () => {
  it("is 5/9 at 14:00 of a 9:00-18:00 day", () => {
    expect(shareOfWorkingDay(jst("2026-12-02T14:00:00"), hours)).toBeCloseTo(5 / 9);
  });

  it("is 0 before opening and on a weekend, 1 after closing", () => {
    expect(shareOfWorkingDay(jst("2026-12-02T08:00:00"), hours)).toBe(0);
    expect(shareOfWorkingDay(jst("2026-12-05T14:00:00"), hours)).toBe(0);
    expect(shareOfWorkingDay(jst("2026-12-02T19:00:00"), hours)).toBe(1);
  });
});
