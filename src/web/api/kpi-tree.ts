import type { PlanRequest, PlanResponse } from "../../contract/kpi-tree";
import type { DailyTargets, KpiTree } from "../../contract/kpis";
import { api } from "./client";

export type { DailyTargets, KpiTree, PlanRequest, PlanResponse };
export type PlanRateKey = PlanResponse["rates"][number]["key"];
export type PlanMetric = PlanResponse["nodes"][number]["metric"];

/** Without a scope the server answers for the caller's natural scope (self, team or org). */
export type KpiTreeParams = { scope?: string; period: string };

export const kpiTreeKeys = {
  all: ["kpi-tree"] as const,
  tree: (params: KpiTreeParams) => ["kpi-tree", "tree", params] as const,
  plan: (body: PlanRequest) => ["kpi-tree", "plan", body] as const,
  daily: ["kpi-tree", "daily-targets"] as const,
};

export const fetchKpiTree = (params: KpiTreeParams, signal?: AbortSignal) =>
  api.get<KpiTree>("/kpi-tree", params, signal);
/** 逆算 is a read, sent as POST because the rates travel in the body. */
export const fetchPlan = (body: PlanRequest) => api.post<PlanResponse>("/kpi-tree/plan", body);
export const fetchDailyTargets = (signal?: AbortSignal) =>
  api.get<DailyTargets>("/me/daily-targets", undefined, signal);
