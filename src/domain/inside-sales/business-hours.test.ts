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

describe("other working hours, the end of the day and long holidays", () => {
  const late = { start: "10:00", end: "19:00", timeZone: "Asia/Tokyo" };

  it("counts 10:00-19:00 hours: a lead at 9:30 starts at 10:00, one at 18:30 runs into the next morning", () => {
    expect(businessMinutesBetween(jst("2026-12-02T09:30:00"), jst("2026-12-02T10:45:00"), late)).toBe(45);
    expect(addBusinessMinutes(jst("2026-12-02T09:30:00"), 60, late)).toEqual(jst("2026-12-02T11:00:00"));
    expect(addBusinessMinutes(jst("2026-12-02T18:30:00"), 60, late)).toEqual(jst("2026-12-03T10:30:00"));
    // 18:00-19:00 is working time under these hours, not under 9:00-18:00.
    expect(businessMinutesBetween(jst("2026-12-02T18:00:00"), jst("2026-12-02T19:00:00"), late)).toBe(60);
    expect(businessMinutesBetween(jst("2026-12-02T18:00:00"), jst("2026-12-02T19:00:00"), hours)).toBe(0);
    expect(shareOfWorkingDay(jst("2026-12-02T14:30:00"), late)).toBeCloseTo(0.5);
  });

  it("counts half-hour hours (9:30-17:30)", () => {
    const half = { start: "09:30", end: "17:30", timeZone: "Asia/Tokyo" };
    expect(businessMinutesBetween(jst("2026-12-02T09:00:00"), jst("2026-12-02T18:00:00"), half)).toBe(480);
    expect(addBusinessMinutes(jst("2026-12-02T17:00:00"), 60, half)).toEqual(jst("2026-12-03T10:00:00"));
  });

  it("gives a lead at 17:59 with a 60-minute SLA until 9:59 the next business day", () => {
    expect(addBusinessMinutes(jst("2026-12-02T17:59:00"), 60, hours)).toEqual(jst("2026-12-03T09:59:00"));
    // On a Friday, until Monday 9:59.
    expect(addBusinessMinutes(jst("2026-12-04T17:59:00"), 60, hours)).toEqual(jst("2026-12-07T09:59:00"));
    expect(businessMinutesBetween(jst("2026-12-04T17:59:00"), jst("2026-12-07T09:59:00"), hours)).toBe(60);
  });

  it("treats the opening and closing minutes exactly", () => {
    expect(addBusinessMinutes(jst("2026-12-02T09:00:00"), 60, hours)).toEqual(jst("2026-12-02T10:00:00"));
    expect(addBusinessMinutes(jst("2026-12-02T18:00:00"), 60, hours)).toEqual(jst("2026-12-03T10:00:00"));
    // Sixty minutes that fit exactly fall due at closing, not the next morning.
    expect(addBusinessMinutes(jst("2026-12-02T17:00:00"), 60, hours)).toEqual(jst("2026-12-02T18:00:00"));
  });

  it("carries an SLA longer than a working day into the next one", () => {
    expect(addBusinessMinutes(jst("2026-12-07T09:00:00"), 600, hours)).toEqual(jst("2026-12-08T10:00:00"));
    expect(businessMinutesBetween(jst("2026-12-07T09:00:00"), jst("2026-12-09T09:00:00"), hours)).toBe(1080);
  });

  it("skips Golden Week 2026: 5/2 Sat to 5/6, the substitute holiday for 5/3, back on Thursday 5/7", () => {
    expect(addBusinessMinutes(jst("2026-05-01T17:30:00"), 60, hours)).toEqual(jst("2026-05-07T09:30:00"));
    expect(businessMinutesBetween(jst("2026-05-01T17:30:00"), jst("2026-05-07T09:30:00"), hours)).toBe(60);
    // 昭和の日 (Wednesday 4/29) as well: Tuesday 17:00 → Thursday 10:00 is two hours.
    expect(businessMinutesBetween(jst("2026-04-28T17:00:00"), jst("2026-04-30T10:00:00"), hours)).toBe(120);
    expect(shareOfWorkingDay(jst("2026-05-06T14:00:00"), hours)).toBe(0);
  });

  it("reads the hours in the org's time zone", () => {
    const utc = { start: "09:00", end: "18:00", timeZone: "UTC" };
    const from = new Date("2026-12-02T09:00:00Z"); // 18:00 in Tokyo
    const to = new Date("2026-12-02T09:30:00Z");
    expect(businessMinutesBetween(from, to, utc)).toBe(30);
    expect(businessMinutesBetween(from, to, hours)).toBe(0);
  });
});
