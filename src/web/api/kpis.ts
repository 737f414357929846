import type { z } from "zod";
import type {
  KpiDefinition,
  kpiCreate,
  kpiMetric,
  phasePreset,
  successFactor,
  teamKpi,
  teamKpisUpdate,
} from "../../contract/kpis";
import { api } from "./client";

export type { KpiDefinition };
export type KpiCreateBody = z.input<typeof kpiCreate>;
export type KpiMetric = z.infer<typeof kpiMetric>;
export type SuccessFactor = z.input<typeof successFactor>;
export type PhasePreset = z.infer<typeof phasePreset>;
export type TeamKpi = z.infer<typeof teamKpi>;
export type TeamKpisBody = z.input<typeof teamKpisUpdate>;

export const kpiKeys = {
  definitions: ["kpis"] as const,
  metrics: ["kpi-metrics"] as const,
  successFactors: ["success-factors"] as const,
  presets: ["kpi-presets"] as const,
  team: (teamId: string) => ["team-kpis", teamId] as const,
};

export const fetchKpis = (signal?: AbortSignal) => api.get<KpiDefinition[]>("/kpis", undefined, signal);
export const fetchKpiMetrics = (signal?: AbortSignal) =>
  api.get<KpiMetric[]>("/kpi-metrics", undefined, signal);
export const createKpi = (body: KpiCreateBody) => api.post<KpiDefinition>("/kpis", body);
export const fetchSuccessFactors = (signal?: AbortSignal) =>
  api.get<SuccessFactor[]>("/success-factors", undefined, signal);
export const saveSuccessFactors = (body: SuccessFactor[]) =>
  api.put<SuccessFactor[]>("/success-factors", body);
export const fetchPresets = (signal?: AbortSignal) =>
  api.get<PhasePreset[]>("/kpi-presets", undefined, signal);
export const fetchTeamKpis = (teamId: string, signal?: AbortSignal) =>
  api.get<TeamKpi[]>(`/teams/${encodeURIComponent(teamId)}/kpis`, undefined, signal);
export const saveTeamKpis = (teamId: string, body: TeamKpisBody) =>
  api.put<TeamKpi[]>(`/teams/${encodeURIComponent(teamId)}/kpis`, body);
