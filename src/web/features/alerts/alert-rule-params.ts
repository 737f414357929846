// The thresholds each kind of alert rule takes, as the rule form shows them (the contract checks them
// again): whole numbers, "or the default" numbers, shares in percent, a KPI, a period kind.
import { type AlertKind, defaultAlertParams } from "../../../domain/alerts/alert-params";

export type ParamField =
  | { key: string; type: "int"; min: number; max: number }
  /** null stands for a default the org already has (the stage's threshold, the response SLA). */
  | { key: string; type: "intOrNull"; min: number; max: number; fallback: number }
  /** A share of 1, edited as a percentage. */
  | { key: string; type: "share"; max: number }
  | { key: string; type: "kpi" }
  | { key: string; type: "enum"; options: string[] };

export const paramFields: Record<AlertKind, ParamField[]> = {
  deal_stale: [{ key: "days", type: "intOrNull", min: 1, max: 365, fallback: 14 }],
  meeting_passed: [{ key: "days", type: "int", min: 1, max: 365 }],
  pace_behind: [
    { key: "kpiKey", type: "kpi" },
    { key: "fromBusinessDay", type: "int", min: 1, max: 7 },
    { key: "minShare", type: "share", max: 100 },
  ],
  kpi_below_minimum: [
    { key: "kpiKey", type: "kpi" },
    { key: "periodKind", type: "enum", options: ["week", "month", "quarter"] },
  ],
  lead_unanswered: [{ key: "minutes", type: "intOrNull", min: 1, max: 60 * 24 * 7, fallback: 60 }],
  forecast_below_target: [
    { key: "belowShare", type: "share", max: 99 },
    { key: "periodKind", type: "enum", options: ["month", "quarter"] },
  ],
};

export const defaultParams = (kind: AlertKind): Record<string, unknown> => ({ ...defaultAlertParams[kind] });
