import type { Pipeline, Team, User } from "../../contract/directory";
import { api } from "./client";

export const directoryKeys = {
  teams: ["teams"] as const,
  users: (teamId?: string) => ["users", teamId ?? "all"] as const,
  pipelines: ["pipelines"] as const,
};

export const fetchTeams = (signal?: AbortSignal) => api.get<Team[]>("/teams", undefined, signal);
export const fetchUsers = (teamId: string | undefined, signal?: AbortSignal) =>
  api.get<User[]>("/users", { teamId }, signal);
export const fetchPipelines = (signal?: AbortSignal) => api.get<Pipeline[]>("/pipelines", undefined, signal);
