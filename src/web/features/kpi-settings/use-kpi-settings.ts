import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { kpiTreeKeys } from "../../api/kpi-tree";
import {
  createKpi,
  fetchPresets,
  fetchTeamKpis,
  type KpiCreateBody,
  type KpiDefinition,
  kpiKeys,
  saveTeamKpis,
  type TeamKpisBody,
} from "../../api/kpis";

export function usePresets() {
  return useQuery({
    queryKey: kpiKeys.presets,
    queryFn: ({ signal }) => fetchPresets(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTeamKpis(teamId: string | null) {
  return useQuery({
    queryKey: kpiKeys.team(teamId ?? ""),
    queryFn: ({ signal }) => fetchTeamKpis(teamId as string, signal),
    enabled: teamId !== null,
  });
}

/** A preset or an edited list; the tree's stars follow. */
export function useSaveTeamKpis(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamKpisBody) => saveTeamKpis(teamId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(kpiKeys.team(teamId), saved);
      void queryClient.invalidateQueries({ queryKey: kpiTreeKeys.all });
    },
    meta: { handlesErrors: true },
  });
}

export function useCreateKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: KpiCreateBody) => createKpi(body),
    onSuccess: (created) => {
      queryClient.setQueryData<KpiDefinition[]>(kpiKeys.definitions, (old) =>
        old ? [...old, created] : old,
      );
      void queryClient.invalidateQueries({ queryKey: kpiKeys.definitions });
    },
    meta: { handlesErrors: true },
  });
}
