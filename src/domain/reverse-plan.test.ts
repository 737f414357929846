import { describe, expect, it } from "vitest";
import { allocate, defaultSkillWeights } from "./allocation";
import { ceilCount, reversePlan } from "./reverse-plan";
import { suggestLevels } from "./target-levels";

const seed002 = { winRate: 0.25, meetingSetRate: 0.1, effectiveContactRate: 0.3 };
const required = (result: ReturnType<typeof reversePlan>) =>
  result.ok ? result.steps.map((s) => s.required) : result;

describe("reverse calculation (逆算)", () => {
  it("reproduces seed 002: 10 wins → 40 meetings → 400 contacts → 1,334 calls", () => {
    expect(required(reversePlan({ metric: "wins", value: 10 }, seed002))).toEqual([10, 40, 400, 1334]);
  });

  it("starts from revenue through the average deal size, rounding each step up before the next", () => {
    // ¥30M ÷ ¥3M = 10 wins; ¥31M needs 11 wins, and the rest follows from 11.
    expect(
      required(
        reversePlan({ metric: "revenue", value: 30_000_000 }, { ...seed002, averageDealSize: 3_000_000 }),
      ),
    ).toEqual([10, 40, 400, 1334]);
    expect(
      required(
        reversePlan({ metric: "revenue", value: 31_000_000 }, { ...seed002, averageDealSize: 3_000_000 }),
      ),
    ).toEqual([11, 44, 440, 1467]);
    // 7 wins at 30%: 23.33 → 24 meetings (not 23.33 carried on), 24 ÷ 0.15 = 160, 160 ÷ 0.2 = 800.
    expect(
      required(
        reversePlan(
          { metric: "wins", value: 7 },
          { winRate: 0.3, meetingSetRate: 0.15, effectiveContactRate: 0.2 },
        ),
      ),
    ).toEqual([7, 24, 160, 800]);
  });

  it("names the rate that is zero, missing or impossible instead of answering Infinity", () => {
    expect(reversePlan({ metric: "wins", value: 10 }, { ...seed002, winRate: 0 })).toEqual({
      ok: false,
      unusableRate: "winRate",
    });
    expect(reversePlan({ metric: "wins", value: 10 }, { ...seed002, meetingSetRate: null })).toEqual({
      ok: false,
      unusableRate: "meetingSetRate",
    });
    expect(reversePlan({ metric: "wins", value: 10 }, { ...seed002, effectiveContactRate: 1.5 })).toEqual({
      ok: false,
      unusableRate: "effectiveContactRate",
    });
    expect(reversePlan({ metric: "revenue", value: 1 }, seed002)).toEqual({
      ok: false,
      unusableRate: "averageDealSize",
    });
  });

  it("rounds up without being fooled by floating-point dust", () => {
    expect(40 / 0.1).toBeCloseTo(400);
    expect(ceilCount(400.00000000000006)).toBe(400);
    expect(ceilCount(1333.3333333333335)).toBe(1334);
  });
});

describe("allocation", () => {
  it("splits by skill weight and always sums to the total", () => {
    const w = defaultSkillWeights;
    const parts = allocate(100, [w.senior, w.mid, w.junior]);
    expect(parts).toEqual([42, 33, 25]);
    for (const total of [0, 1, 7, 1334, 29_999_999]) {
      const split = allocate(total, [1, 0.8, 0.6, 0.6, 1]);
      expect(split.reduce((a, b) => a + b, 0)).toBe(total);
    }
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(5, [0, 0])).toEqual([3, 2]);
    expect(allocate(5, [])).toEqual([]);
  });
});

describe("target levels", () => {
  it("suggests stretch 115%, achievement 100% and minimum 90% of the median month", () => {
    expect(suggestLevels([80, 120, 100, 90, 110, 300])).toEqual({
      basis: 105,
      months: 6,
      stretch: 121,
      value: 105,
      minimum: 95,
    });
    expect(suggestLevels([100], { stretch: 120, achievement: 105, minimum: 90 })).toMatchObject({
      stretch: 120,
      value: 105,
    });
    expect(suggestLevels([])).toBeNull();
  });
});

describe("the email branch of the reverse calculation", () => {
  it("splits the contacts by the share that came from email replies", () => {
    const result = reversePlan(
      { metric: "wins", value: 10 },
      { ...seed002, emailShare: 0.25, emailReplyRate: 0.05 },
    );
    // 400 contacts: 100 from email (÷ 5% reply = 2,000 emails), 300 from calls (÷ 30% = 1,000 calls).
    expect(result.ok && result.steps.map((s) => [s.metric, s.required])).toEqual([
      ["wins", 10],
      ["meetings", 40],
      ["effectiveContacts", 400],
      ["calls", 1000],
      ["emailsSent", 2000],
    ]);
    expect(reversePlan({ metric: "wins", value: 10 }, { ...seed002, emailShare: 0.25 })).toEqual({
      ok: false,
      unusableRate: "emailReplyRate",
    });
  });

  it("measures the email share from the counts", async () => {
    const { emailShareOf } = await import("./reverse-plan");
    expect(emailShareOf({ emailsReplied: 20, effectiveContacts: 180 })).toBe(0.1);
    expect(emailShareOf({})).toBeNull();
  });
});
