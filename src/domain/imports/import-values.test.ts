import { describe, expect, it } from "vitest";
import { readBoolean, readDate, readDateTime, readInteger, readMoney } from "./import-values";

describe("values of Japanese files", () => {
  it("reads the date forms Japanese files use", () => {
    expect(readDate("2026/04/01")).toBe("2026-04-01");
    expect(readDate("2026/4/1")).toBe("2026-04-01");
    expect(readDate("2026年4月1日")).toBe("2026-04-01");
    expect(readDate("２０２６年４月１日")).toBe("2026-04-01");
    expect(readDate("2026-04-01T10:00:00.000+0000")).toBe("2026-04-01");
    // Excel serials: 46113 is 2026-04-01 (day 0 = 1899-12-30).
    expect(readDate("46113")).toBe("2026-04-01");
    expect(readDate(46113)).toBe("2026-04-01");
    expect(readDate(new Date(Date.UTC(2026, 3, 1)))).toBe("2026-04-01");
  });

  it("refuses dates that do not exist and text that is no date", () => {
    expect(readDate("2026/02/30")).toBeUndefined();
    expect(readDate("来月")).toBeUndefined();
    expect(readDate("04/01/2026")).toBeUndefined();
  });

  it("keeps a time's offset, or leaves it to the org's zone", () => {
    expect(readDateTime("2018-10-13 17:16:45")).toEqual({ local: "2018-10-13 17:16:45" });
    expect(readDateTime("2024-01-22T16:14:25.000+0000")).toEqual({ instant: "2024-01-22 16:14:25+00:00" });
    expect(readDateTime("2026年4月1日 9:30")).toEqual({ local: "2026-04-01 09:30:00" });
    expect(readDateTime("2026/04/01")).toEqual({ local: "2026-04-01 00:00:00" });
  });

  it("reads amounts with commas, ¥ and 円, and full-width digits, as integer yen", () => {
    expect(readMoney("¥1,200,000")).toBe(1_200_000);
    expect(readMoney("1,200,000円")).toBe(1_200_000);
    expect(readMoney("\\1,200,000")).toBe(1_200_000);
    expect(readMoney("１，２００，０００")).toBe(1_200_000);
    expect(readMoney("￥３００００")).toBe(30_000);
    expect(readMoney("1124741.15")).toBe(1_124_741);
    expect(readMoney("1124741.5")).toBe(1_124_742);
    expect(readMoney("百万")).toBeUndefined();
    expect(readInteger("６０％")).toBe(60);
  });

  it("reads yes and no as files write them", () => {
    expect(readBoolean("1")).toBe(true);
    expect(readBoolean("0")).toBe(false);
    expect(readBoolean("TRUE")).toBe(true);
    expect(readBoolean("いいえ")).toBe(false);
    expect(readBoolean("maybe")).toBeUndefined();
  });
});
