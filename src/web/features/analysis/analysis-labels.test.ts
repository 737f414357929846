import { describe, expect, it } from "vitest";
import { achievementColor, numberKind, parseAxis } from "./analysis-labels";

describe("analysis labels", () => {
  it("reads the axis from the URL, segment as industry and anything else as the whole funnel", () => {
    expect(parseAxis("person")).toBe("person");
    expect(parseAxis("segment")).toBe("industry");
    expect(parseAxis(undefined)).toBe("none");
    expect(parseAxis("bogus")).toBe("none");
  });

  it("colours a rate's achievement: on target, behind from 80%, else at risk", () => {
    expect(achievementColor(1.02)).toBe("teal");
    expect(achievementColor(0.85)).toBe("orange");
    expect(achievementColor(0.6)).toBe("red");
    expect(achievementColor(null)).toBe("gray");
  });

  it("tells rates and money from counts by a number's name", () => {
    expect(numberKind("actualRate")).toBe("rate");
    expect(numberKind("rateAchievement")).toBe("rate");
    expect(numberKind("pace")).toBe("rate");
    expect(numberKind("wonAmount")).toBe("yen");
    expect(numberKind("shortfall")).toBe("count");
  });
});
