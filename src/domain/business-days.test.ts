import { describe, expect, it } from "vitest";
import { businessDaysBetween, isBusinessDay } from "./business-days";

describe("business days in Japan", () => {
  it("skip weekends and national holidays, including substitute holidays (Golden Week 2026)", () => {
    expect(isBusinessDay("2026-04-28")).toBe(true);
    expect(isBusinessDay("2026-04-29")).toBe(false); // 昭和の日
    expect(isBusinessDay("2026-05-06")).toBe(false); // こどもの日 振替休日
    expect(isBusinessDay("2026-05-07")).toBe(true);
    // May 2026: 21 weekdays minus 5/4, 5/5, 5/6.
    expect(businessDaysBetween("2026-05-01", "2026-05-31")).toBe(18);
  });

  it("skip the year-end closure and New Year", () => {
    expect(isBusinessDay("2026-12-28")).toBe(true);
    expect(isBusinessDay("2026-12-29")).toBe(false);
    expect(isBusinessDay("2027-01-04")).toBe(true);
    // December 2026: 23 weekdays minus 12/29-12/31; the plan example's 20 business days.
    expect(businessDaysBetween("2026-12-01", "2026-12-31")).toBe(20);
    // January 2027: 21 weekdays minus 1/1 and 成人の日 (1/11).
    expect(businessDaysBetween("2027-01-01", "2027-01-31")).toBe(19);
    expect(businessDaysBetween("2026-12-26", "2027-01-05")).toBe(3);
  });

  it("count November 2026 with 文化の日 and 勤労感謝の日", () => {
    expect(businessDaysBetween("2026-11-01", "2026-11-30")).toBe(19);
    expect(businessDaysBetween("2026-11-20", "2026-11-19")).toBe(0);
  });
});
