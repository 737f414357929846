import type { Dashboard } from "../../contract/dashboard";
import { api } from "./client";

export type { Dashboard };
export type DashboardKpi = Dashboard["kgi"];
export type FunnelStageFigures = Dashboard["funnel"]["stages"][number];
export type StaleDealRow = Dashboard["stale"]["deals"][number];
export type ActivityItem = Dashboard["activities"]["items"][number];
export type ActivityDay = Dashboard["activities"]["daily"][number];
export type RankedPerson = Dashboard["rankings"]["people"][number];

/** Without a scope the server answers for the caller's natural scope; without a period, this month. */
export type DashboardParams = { scope?: string; period?: string; rankBy?: string };

export const dashboardKeys = {
  all: ["dashboard"] as const,
  view: (params: DashboardParams) => ["dashboard", params] as const,
};

export const fetchDashboard = (params: DashboardParams, signal?: AbortSignal) =>
  api.get<Dashboard>("/dashboard", params, signal);
