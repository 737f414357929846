import { describe, expect, it } from "vitest";
import { kpiCatalogue } from "./kpi-catalogue";
import { evaluateFormula, parseFormula, sampleSize } from "./metric-formula";

const inputs = {
  counts: {
    calls: 1000,
    reachedCalls: 300,
    effectiveContacts: 200,
    meetingsSet: 20,
    dealsWon: 5,
    dealsClosed: 20,
    wonAmount: 15_000_000,
  },
  measures: { daysToWin: [30, 45, 60, 90, 20] },
};
const value = (formula: string) =>
  evaluateFormula(parseFormula(formula) ?? { kind: "metric", metric: "?" }, inputs);

describe("KPI formulas", () => {
  it("parse every formula of the built-in catalogue", () => {
    for (const kpi of kpiCatalogue) expect(parseFormula(kpi.formula), kpi.key).not.toBeNull();
  });

  it("compute SPEC.md section 4's metrics", () => {
    expect(value("reachedCalls / calls")).toBe(0.3); // connect rate 接続率
    expect(value("effectiveContacts / calls")).toBe(0.2); // effective contact rate コネクト率
    expect(value("meetingsSet / effectiveContacts")).toBe(0.1); // meeting-set rate 商談化率
    expect(value("dealsWon / dealsClosed")).toBe(0.25); // win rate 受注率
    expect(value("wonAmount / dealsWon")).toBe(3_000_000); // average deal size 平均受注単価
    expect(value("median(daysToWin)")).toBe(45); // sales cycle 営業サイクル
    expect(value("calls")).toBe(1000);
  });

  it("answer 'no data' for a zero denominator or an empty median, never 0 or NaN", () => {
    expect(value("emailsReplied / emailsSent")).toBeNull();
    expect(value("median(leadResponseMinutes)")).toBeNull();
    expect(value("emailsSent")).toBe(0);
  });

  it("refuse anything outside the grammar or the metric list", () => {
    for (const bad of ["calls * 2", "median(calls)", "unknown / calls", "process.exit()", "calls / ", ""]) {
      expect(parseFormula(bad), bad).toBeNull();
    }
  });

  it("tell the sample behind a value", () => {
    expect(sampleSize({ kind: "ratio", numerator: "dealsWon", denominator: "dealsClosed" }, inputs)).toBe(20);
    expect(sampleSize({ kind: "median", measure: "daysToWin" }, inputs)).toBe(5);
  });
});
