import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Pipeline, Stage, Team, User } from "../../../contract/directory";
import { directoryKeys, fetchPipelines, fetchTeams, fetchUsers } from "../../api/directory";

// Reference data changes rarely: keep it for a few minutes.
const referenceStale = 5 * 60_000;

export function useTeams() {
  return useQuery({
    queryKey: directoryKeys.teams,
    queryFn: ({ signal }) => fetchTeams(signal),
    staleTime: referenceStale,
  });
}

export function useUsers(teamId?: string | null) {
  const id = teamId ?? undefined;
  return useQuery({
    queryKey: directoryKeys.users(id),
    queryFn: ({ signal }) => fetchUsers(id, signal),
    staleTime: referenceStale,
  });
}

export function usePipelines() {
  return useQuery({
    queryKey: directoryKeys.pipelines,
    queryFn: ({ signal }) => fetchPipelines(signal),
    staleTime: referenceStale,
  });
}

export function sortedStages(pipeline: Pipeline | undefined): Stage[] {
  return pipeline ? [...pipeline.stages].sort((a, b) => a.sortOrder - b.sortOrder) : [];
}

/** The default pipeline first, then the others in the server's order. */
export function defaultPipeline(pipelines: Pipeline[] | undefined): Pipeline | undefined {
  return pipelines?.find((p) => p.isDefault) ?? pipelines?.[0];
}

/** Every stage of every pipeline by id, for lists that mix pipelines. */
export function useStageMap(): Map<string, Stage> {
  const { data } = usePipelines();
  return useMemo(() => new Map((data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s] as const))), [data]);
}

export function useUserMap(): Map<string, User> {
  const { data } = useUsers();
  return useMemo(() => new Map((data ?? []).map((u) => [u.id, u] as const)), [data]);
}

/** Teams in tree order with their depth, for indented pickers. */
export function teamTree(teams: Team[] | undefined): { team: Team; depth: number }[] {
  if (!teams) return [];
  const ids = new Set(teams.map((t) => t.id));
  const children = new Map<string | null, Team[]>();
  for (const t of teams) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const out: { team: Team; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of children.get(parent) ?? []) {
      out.push({ team: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
