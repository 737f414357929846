// The inside-sales KPIs of seed 002 through the one formula engine every screen uses: the catalogue's
// formulas with worked numbers, "no data" on empty denominators, the channel view, the lead's status
// rules and the hand-off rating window.
import { describe, expect, it } from "vitest";
import { kpiCatalogue } from "../kpi-catalogue";
import { evaluateFormula, type MetricInputs, parseFormula, sampleSize } from "../metric-formula";
import { reversePlan } from "../reverse-plan";
import { channelConversion, conversionOf } from "./channel-conversion";
import { canRateHandoff, rateByOf } from "./handoff-rating";
import {
  canMoveLead,
  type LeadStatus,
  leadStatuses,
  openLeadStatuses,
  statusAfterTouch,
} from "./lead-status";

const definition = (key: string) => {
  const kpi = kpiCatalogue.find((k) => k.key === key);
  if (!kpi) throw new Error(`no KPI ${key} in the catalogue`);
  return kpi;
};
const formulaOf = (key: string) => {
  const parsed = parseFormula(definition(key).formula);
  if (!parsed) throw new Error(`the formula of ${key} does not parse`);
  return parsed;
};
const kpi = (key: string, counts: Record<string, number>, measures: MetricInputs["measures"] = {}) =>
  evaluateFormula(formulaOf(key), { counts, measures });

const isKpis = [
  "calls",
  "connectRate",
  "effectiveContacts",
  "effectiveContactRate",
  "meetingsSet",
  "meetingSetRate",
  "appointmentRate",
  "cancelRate",
  "leadResponseTime",
  "bantCompletion",
  "handoffQuality",
  "emailsSent",
  "emailOpenRate",
  "emailClickRate",
  "emailReplyRate",
];

describe("the inside-sales KPI catalogue (seed 002's tables)", () => {
  it("holds every IS KPI with the formula of SPEC.md section 4", () => {
    expect(Object.fromEntries(isKpis.map((key) => [key, definition(key).formula]))).toEqual({
      calls: "calls",
      connectRate: "reachedCalls / calls",
      effectiveContacts: "effectiveContacts",
      effectiveContactRate: "effectiveContacts / calls",
      meetingsSet: "meetingsSet",
      meetingSetRate: "meetingsSet / effectiveContacts",
      appointmentRate: "meetingsFixed / meetingsAgreed",
      cancelRate: "meetingsCancelled / meetingsSet",
      leadResponseTime: "median(leadResponseMinutes)",
      bantCompletion: "dealsWithBant / deals",
      handoffQuality: "mean(handoffRating)",
      emailsSent: "emailsSent",
      emailOpenRate: "emailsOpened / emailsSent",
      emailClickRate: "emailsClicked / emailsSent",
      emailReplyRate: "emailsReplied / emailsSent",
    });
  });

  it("says which way is better and in which unit", () => {
    expect(definition("cancelRate").direction).toBe("lower");
    expect(definition("leadResponseTime")).toMatchObject({ direction: "lower", unit: "minutes" });
    expect(definition("handoffQuality")).toMatchObject({ direction: "higher", unit: "score" });
    for (const key of ["connectRate", "effectiveContactRate", "meetingSetRate", "appointmentRate"]) {
      expect(definition(key), key).toMatchObject({ direction: "higher", unit: "ratio" });
    }
  });
});

describe("seed 002's funnel decomposition: 架電数 1,200 / 接続率 30% / 有効コンタクト 360 / 商談化率 3.3%", () => {
  const month = { calls: 1200, reachedCalls: 360, effectiveContacts: 360, meetingsSet: 12 };

  it("gives the rates of the example", () => {
    expect(kpi("calls", month)).toBe(1200);
    expect(kpi("connectRate", month)).toBe(0.3);
    expect(kpi("effectiveContactRate", month)).toBe(0.3);
    expect(kpi("effectiveContacts", month)).toBe(360);
    expect(kpi("meetingsSet", month)).toBe(12);
    expect(kpi("meetingSetRate", month)).toBeCloseTo(0.0333, 4);
  });

  it("finds the bottleneck: the meeting-set rate reaches only 60% of its 5.5% target", () => {
    const rate = kpi("meetingSetRate", month) as number;
    expect(rate / 0.055).toBeCloseTo(0.606, 3);
    // And 12 meetings of the 20 planned: 達成率 60%.
    expect((kpi("meetingsSet", month) as number) / 20).toBe(0.6);
  });

  it("reads back the rates the reverse calculation started from (40 meetings ÷ 10% = 400, ÷ 30% ≈ 1,333)", () => {
    const plan = reversePlan(
      { metric: "wins", value: 10 },
      { winRate: 0.25, meetingSetRate: 0.1, effectiveContactRate: 0.3 },
    );
    const required = plan.ok ? plan.steps.map((s) => s.required) : [];
    expect(required).toEqual([10, 40, 400, 1334]);
    const planned = { meetingsSet: 40, effectiveContacts: 400, calls: required[3] as number };
    expect(kpi("meetingSetRate", planned)).toBe(0.1);
    // Rounded up to whole calls, the plan never asks for a better rate than the one it was made with.
    expect(kpi("effectiveContactRate", planned)).toBeCloseTo(0.3, 3);
    expect(kpi("effectiveContactRate", planned) as number).toBeLessThanOrEqual(0.3);
  });
});

describe("each inside-sales KPI with worked numbers inside seed 002's typical ranges", () => {
  it("connect rate 接続率 = reached ÷ calls (20-35%)", () => {
    expect(kpi("connectRate", { calls: 100, reachedCalls: 27 })).toBe(0.27);
  });

  it("effective contact rate コネクト率 = effective contacts ÷ calls (15-25%)", () => {
    expect(kpi("effectiveContactRate", { calls: 120, reachedCalls: 40, effectiveContacts: 24 })).toBe(0.2);
  });

  it("meeting-set rate 商談化率 = meetings set ÷ effective contacts (5-15%), not ÷ calls", () => {
    expect(kpi("meetingSetRate", { calls: 1000, effectiveContacts: 200, meetingsSet: 20 })).toBe(0.1);
  });

  it("appointment rate アポイント設定率 = fixed dates ÷ meetings agreed (80-90%)", () => {
    expect(kpi("appointmentRate", { meetingsAgreed: 20, meetingsFixed: 17 })).toBe(0.85);
  });

  it("meeting cancel rate 商談キャンセル率 = cancelled ÷ meetings set (10% or less)", () => {
    expect(kpi("cancelRate", { meetingsSet: 30, meetingsCancelled: 3, meetingsHeld: 27 })).toBeCloseTo(0.1);
  });

  it("BANT completion BANT取得率 = deals with all four ÷ deals (70-85%)", () => {
    expect(kpi("bantCompletion", { deals: 50, dealsWithBant: 39 })).toBe(0.78);
  });

  it("email open / click / reply rates over the e-mails sent (20-35% / 3-8% / 5-15%)", () => {
    const emails = { emailsSent: 200, emailsOpened: 56, emailsClicked: 10, emailsReplied: 18 };
    expect(kpi("emailsSent", emails)).toBe(200);
    expect(kpi("emailOpenRate", emails)).toBe(0.28);
    expect(kpi("emailClickRate", emails)).toBe(0.05);
    expect(kpi("emailReplyRate", emails)).toBe(0.09);
  });

  it("lead response time リード対応時間 is the median of the per-lead business minutes", () => {
    expect(kpi("leadResponseTime", {}, { leadResponseMinutes: [4, 1, 30] })).toBe(4);
    expect(kpi("leadResponseTime", {}, { leadResponseMinutes: [3, 5, 12, 240] })).toBe(8.5);
    // One lead left over the weekend does not move the median the way it would move a mean.
    expect(kpi("leadResponseTime", {}, { leadResponseMinutes: [2, 3, 5, 1440] })).toBe(4);
  });

  it("hand-off quality 引継ぎ品質スコア is the mean of field sales' ratings (target 4.0/5.0)", () => {
    expect(kpi("handoffQuality", {}, { handoffRating: [5, 4, 3, 4] })).toBe(4);
    expect(kpi("handoffQuality", {}, { handoffRating: [5, 5, 2] })).toBe(4);
    // A mean, not a median: one poor hand-off pulls the score down.
    expect(kpi("handoffQuality", {}, { handoffRating: [1, 5, 5] })).toBeCloseTo(3.667, 3);
    expect(kpi("handoffQuality", {}, { handoffRating: [3] })).toBe(3);
  });

  it("tells the sample behind each value: the denominator, or the number of ratings", () => {
    const inputs = {
      counts: { calls: 1200, effectiveContacts: 360 },
      measures: { handoffRating: [5, 4, 3, 4] },
    };
    expect(sampleSize(formulaOf("effectiveContactRate"), inputs)).toBe(1200);
    expect(sampleSize(formulaOf("meetingSetRate"), inputs)).toBe(360);
    expect(sampleSize(formulaOf("handoffQuality"), inputs)).toBe(4);
    expect(sampleSize(formulaOf("leadResponseTime"), inputs)).toBe(0);
  });
});

describe("no data", () => {
  const ratios = isKpis.filter((key) => formulaOf(key).kind === "ratio");
  const summaries = isKpis.filter((key) => ["median", "mean"].includes(formulaOf(key).kind));

  it("is null for every rate whose denominator is zero, whether missing or counted as 0", () => {
    expect(ratios).toHaveLength(9);
    for (const key of ratios) {
      expect(kpi(key, {}), key).toBeNull();
      const formula = formulaOf(key);
      if (formula.kind !== "ratio") continue;
      // A numerator without a denominator is still no data, not Infinity.
      expect(kpi(key, { [formula.numerator]: 5, [formula.denominator]: 0 }), key).toBeNull();
    }
  });

  it("is null for an empty median or mean, never 0 or NaN", () => {
    expect(summaries.sort()).toEqual(["handoffQuality", "leadResponseTime"]);
    for (const key of summaries) {
      expect(kpi(key, {}), key).toBeNull();
      expect(kpi(key, {}, { leadResponseMinutes: [], handoffRating: [] }), key).toBeNull();
    }
  });

  it("is a real zero for a rate with a denominator and nothing in its numerator", () => {
    expect(kpi("connectRate", { calls: 80 })).toBe(0);
    expect(kpi("meetingSetRate", { effectiveContacts: 15, meetingsSet: 0 })).toBe(0);
  });

  it("never answers NaN or Infinity for any IS KPI on empty inputs", () => {
    for (const key of isKpis) {
      const value = kpi(key, {});
      expect(value === null || Number.isFinite(value), key).toBe(true);
    }
    // Counts without data are zero calls, not "no data".
    expect(kpi("calls", {})).toBe(0);
  });
});

describe("conversion by lead channel", () => {
  const rows = [
    { channel: "outbound_list", leads: 400, meetings: 20, deals: 15, won: 3, wonAmount: 9_000_000 },
    { channel: "inbound_web", leads: 200, meetings: 30, deals: 24, won: 6, wonAmount: 18_000_000 },
    { channel: "event", leads: 50, meetings: 0, deals: 0, won: 0, wonAmount: 0 },
    { channel: "partner", leads: 0, meetings: 0, deals: 0, won: 0, wonAmount: 0 },
  ];

  it("gives each channel's step rates and its lead-to-won rate, the largest channel first", () => {
    const { channels } = channelConversion(rows);
    expect(channels.map((c) => c.channel)).toEqual(["outbound_list", "inbound_web", "event", "partner"]);
    expect(channels[1]).toMatchObject({
      channel: "inbound_web",
      meetingRate: 0.15,
      dealRate: 0.8,
      winRate: 0.25,
      leadToWon: 0.03,
      wonAmount: 18_000_000,
    });
    expect(channels[0]).toMatchObject({ meetingRate: 0.05, dealRate: 0.75, winRate: 0.2, leadToWon: 0.0075 });
  });

  it("answers 0 where there were leads and none converted, null where a step had nothing to convert", () => {
    const { channels } = channelConversion(rows);
    expect(channels[2]).toMatchObject({ meetingRate: 0, dealRate: null, winRate: null, leadToWon: 0 });
    expect(channels[3]).toMatchObject({ meetingRate: null, dealRate: null, winRate: null, leadToWon: null });
  });

  it("adds the channels up for the total and takes its rates from the sums, not from the rates' average", () => {
    const { total } = channelConversion(rows);
    expect(total).toMatchObject({
      channel: "total",
      leads: 650,
      meetings: 50,
      deals: 39,
      won: 9,
      wonAmount: 27_000_000,
      meetingRate: 50 / 650,
      dealRate: 39 / 50,
      winRate: 9 / 39,
      leadToWon: 9 / 650,
    });
  });

  it("answers no data everywhere for no leads at all, and leaves the input order alone", () => {
    expect(channelConversion([])).toEqual({
      channels: [],
      total: {
        channel: "total",
        leads: 0,
        meetings: 0,
        deals: 0,
        won: 0,
        wonAmount: 0,
        meetingRate: null,
        dealRate: null,
        winRate: null,
        leadToWon: null,
      },
    });
    channelConversion(rows);
    expect(rows.map((r) => r.channel)).toEqual(["outbound_list", "inbound_web", "event", "partner"]);
    expect(conversionOf(rows[1] as (typeof rows)[number]).winRate).toBe(0.25);
  });
});

describe("a lead's status", () => {
  const allowed: [LeadStatus, LeadStatus][] = [
    ["new", "working"],
    ["new", "qualified"],
    ["new", "disqualified"],
    ["working", "qualified"],
    ["working", "disqualified"],
    ["qualified", "working"],
    ["qualified", "disqualified"],
    ["disqualified", "working"],
  ];

  it("moves along new → working → qualified, and to disqualified from any open status", () => {
    for (const [from, to] of allowed) expect(canMoveLead(from, to), `${from} → ${to}`).toBe(true);
  });

  it("refuses every other move: back to new, into handed off by editing, out of handed off", () => {
    const refused = leadStatuses.flatMap((from) =>
      leadStatuses
        .filter((to) => to !== from && !allowed.some(([f, t]) => f === from && t === to))
        .map((to) => [from, to] as const),
    );
    for (const [from, to] of refused) expect(canMoveLead(from, to), `${from} → ${to}`).toBe(false);
    expect(refused).toEqual(
      expect.arrayContaining([
        ["working", "new"],
        ["qualified", "new"],
        ["disqualified", "new"],
        ["disqualified", "qualified"],
        ["new", "handed_off"],
        ["qualified", "handed_off"],
        ["handed_off", "working"],
        ["handed_off", "disqualified"],
      ]),
    );
  });

  it("always allows staying put, even handed off", () => {
    for (const status of leadStatuses) expect(canMoveLead(status, status), status).toBe(true);
  });

  it("goes from new to working at the first touch and leaves every other status alone", () => {
    expect(statusAfterTouch("new")).toBe("working");
    for (const status of leadStatuses.filter((s) => s !== "new"))
      expect(statusAfterTouch(status)).toBe(status);
  });

  it("counts new, working and qualified as open, the IS rep's queue", () => {
    expect([...openLeadStatuses].sort()).toEqual(["new", "qualified", "working"]);
  });
});

describe("the hand-off rating window", () => {
  it("closes the org's number of days after the hand-off, the last day included", () => {
    const rateBy = rateByOf("2026-11-20", 7);
    expect(rateBy).toBe("2026-11-27");
    expect(canRateHandoff("2026-11-20", rateBy)).toBe(true);
    expect(canRateHandoff("2026-11-27", rateBy)).toBe(true);
    expect(canRateHandoff("2026-11-28", rateBy)).toBe(false);
    expect(canRateHandoff("2026-12-27", rateBy)).toBe(false);
  });

  it("counts calendar days across a month, a year and a leap day", () => {
    expect(rateByOf("2026-12-28", 7)).toBe("2027-01-04");
    expect(canRateHandoff("2027-01-04", "2027-01-04")).toBe(true);
    expect(canRateHandoff("2027-01-05", "2027-01-04")).toBe(false);
    expect(rateByOf("2028-02-25", 7)).toBe("2028-03-03");
    expect(rateByOf("2026-11-30", 1)).toBe("2026-12-01");
    expect(canRateHandoff("2026-12-02", rateByOf("2026-11-30", 1))).toBe(false);
  });
});
