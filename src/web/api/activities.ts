import type { z } from "zod";
import type {
  Activity,
  ActivityCreate,
  ActivityListQuery,
  activityKind,
  activityPage,
} from "../../contract/activities";
import { api } from "./client";

export type { Activity, ActivityCreate };
export type ActivityKind = z.infer<typeof activityKind>;
export type ActivityPage = z.infer<typeof activityPage>;
/** List filters as the web sends them: everything optional, the server fills the defaults. */
export type ActivityListParams = Partial<ActivityListQuery>;

export const activityKeys = {
  all: ["activities"] as const,
  list: (params: ActivityListParams) => ["activities", "list", params] as const,
};

export const fetchActivities = (params: ActivityListParams, signal?: AbortSignal) =>
  api.get<ActivityPage>("/activities", params, signal);
export const createActivity = (body: ActivityCreate) => api.post<Activity>("/activities", body);
/** Takes back an activity logged by mistake (the quick log's undo); a stale version gets 409. */
export const deleteActivity = (id: string, version: number) =>
  api.delete<void>(`/activities/${encodeURIComponent(id)}?version=${version}`);
