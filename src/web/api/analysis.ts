import type { Diagnosis, Finding, FunnelAnalysis, FunnelAxis, FunnelStep } from "../../contract/analysis";
import { api } from "./client";

export type { Diagnosis, Finding, FunnelAnalysis, FunnelAxis, FunnelStep };
export type FunnelGroup = FunnelAnalysis["groups"][number];

export type AnalysisParams = { scope?: string; period?: string };
export type FunnelParams = AnalysisParams & { by: FunnelAxis };

export const analysisKeys = {
  all: ["analysis"] as const,
  funnel: (params: FunnelParams) => ["analysis", "funnel", params] as const,
  diagnosis: (params: AnalysisParams) => ["analysis", "diagnosis", params] as const,
};

export const fetchFunnelAnalysis = (params: FunnelParams, signal?: AbortSignal) =>
  api.get<FunnelAnalysis>("/analysis/funnel", params, signal);
export const fetchDiagnosis = (params: AnalysisParams, signal?: AbortSignal) =>
  api.get<Diagnosis>("/analysis/diagnosis", params, signal);
