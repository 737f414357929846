import type { z } from "zod";
import type {
  allocationRequest,
  allocationResponse,
  revisionCategory,
  suggestion,
  Target,
  TargetUpsert,
  targetRevision,
} from "../../contract/targets";
import { api } from "./client";

export type { Target, TargetUpsert };
export type RevisionCategory = z.infer<typeof revisionCategory>;
export type Revision = NonNullable<TargetUpsert["revision"]>;
export type AllocationBody = z.input<typeof allocationRequest>;
export type Allocation = z.infer<typeof allocationResponse>;
export type TargetSuggestion = z.infer<typeof suggestion>;
export type TargetRevision = z.infer<typeof targetRevision>;

export type TargetsParams = { scope?: string; period: string; kpiKey?: string; below?: boolean };
export type SuggestionParams = { kpiKey: string; scope?: string; period: string; lookbackMonths?: number };

export const targetKeys = {
  all: ["targets"] as const,
  list: (params: TargetsParams) => ["targets", "list", params] as const,
  suggestion: (params: SuggestionParams) => ["targets", "suggestion", params] as const,
  revisions: (id: string) => ["targets", "revisions", id] as const,
};

export const fetchTargets = (params: TargetsParams, signal?: AbortSignal) =>
  api.get<Target[]>("/targets", params, signal);
export const saveTarget = (body: TargetUpsert) => api.put<Target>("/targets", body);
export const allocateTarget = (body: AllocationBody) => api.post<Allocation>("/targets/allocate", body);
export const fetchSuggestion = (params: SuggestionParams, signal?: AbortSignal) =>
  api.get<TargetSuggestion>("/targets/suggestion", params, signal);
export const fetchRevisions = (id: string, signal?: AbortSignal) =>
  api.get<TargetRevision[]>(`/targets/${encodeURIComponent(id)}/revisions`, undefined, signal);
