import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchDailyTargets, fetchKpiTree, type KpiTreeParams, kpiTreeKeys } from "../../api/kpi-tree";

export function useKpiTree(params: KpiTreeParams) {
  return useQuery({
    queryKey: kpiTreeKeys.tree(params),
    queryFn: ({ signal }) => fetchKpiTree(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Today's action targets of the signed-in user, refreshed every few minutes while on screen. */
export function useDailyTargets() {
  return useQuery({
    queryKey: kpiTreeKeys.daily,
    queryFn: ({ signal }) => fetchDailyTargets(signal),
    refetchInterval: 5 * 60_000,
  });
}
