import { describe, expect, it } from "vitest";
import { missingSevenFields, qualityFigures } from "./data-quality";
import { ratio } from "./ratio";

const complete = {
  name: "案件",
  amount: 1_000_000,
  probability: 30,
  nextMeetingDate: "2026-11-25",
  nextMeetingPurpose: "提案",
  decisionMakerId: "c1",
  minutesUrl: "https://example.com/m",
};

describe("data quality", () => {
  it("names the missing ones of the seven fields, blank text counting as missing", () => {
    expect(missingSevenFields(complete)).toEqual([]);
    expect(
      missingSevenFields({ ...complete, amount: null, nextMeetingPurpose: "  ", minutesUrl: undefined }),
    ).toEqual(["amount", "nextMeetingPurpose", "minutesUrl"]);
  });

  it("computes completeness, freshness, evidence coverage and overrides for a person", () => {
    const figures = qualityFigures(
      [
        { missing: [], updatedOn: "2026-11-18", staleDays: 7, stale: null },
        {
          missing: ["amount", "minutesUrl"],
          updatedOn: "2026-11-01",
          staleDays: 7,
          stale: { reason: "no_update", days: 19 },
        },
      ],
      [
        { forward: true, fullEvidence: true, overridden: false, count: 3 },
        { forward: true, fullEvidence: false, overridden: true, count: 1 },
        { forward: false, fullEvidence: false, overridden: false, count: 2 },
      ],
      "2026-11-20",
    );
    expect(figures).toEqual({
      openDeals: 2,
      fieldCompleteness: 12 / 14,
      updatedWithinThreshold: 0.5,
      staleDeals: 1,
      stageChanges: 6,
      evidenceCoverage: 0.75,
      overrides: 1,
    });
  });

  it("says 'no data' rather than 0% when there is nothing to measure", () => {
    expect(qualityFigures([], [], "2026-11-20")).toMatchObject({
      fieldCompleteness: null,
      updatedWithinThreshold: null,
      evidenceCoverage: null,
    });
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });
});
