import { describe, expect, it } from "vitest";
import { dateInZone, daysBetween, startOfMonth } from "./calendar";

describe("calendar dates", () => {
  it("takes today in the org's time zone, not the server's", () => {
    // 2026-11-30 20:00 UTC is already December 1st in Tokyo.
    const instant = new Date("2026-11-30T20:00:00Z");
    expect(dateInZone(instant, "Asia/Tokyo")).toBe("2026-12-01");
    expect(dateInZone(instant, "UTC")).toBe("2026-11-30");
    expect(startOfMonth(dateInZone(instant, "Asia/Tokyo"))).toBe("2026-12-01");
  });

  it("counts whole days across month and year ends and leap days", () => {
    expect(daysBetween("2026-12-25", "2027-01-05")).toBe(11);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-11-20", "2026-11-20")).toBe(0);
  });
});
