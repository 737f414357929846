import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { kpiCatalogue, kpiMetrics } from "../../../domain/kpi-catalogue";
import { fetchKpiMetrics, fetchKpis, type KpiDefinition, type KpiMetric, kpiKeys } from "../../api/kpis";

// The catalogue changes only when an admin adds a KPI: keep it for a while.
const catalogueStale = 5 * 60_000;

/** The built-in catalogue, for a server that does not answer GET /kpis (yet). */
const builtIn: KpiDefinition[] = kpiCatalogue.map((k) => ({ ...k, ownerId: null, builtIn: true }));

export type KpiDefinitions = {
  list: KpiDefinition[];
  byKey: Map<string, KpiDefinition>;
  /** True while the list is the built-in one because the server did not give its own. */
  fallback: boolean;
  isPending: boolean;
};

/** Every KPI definition by key: "every number can show its definition". */
export function useKpiDefinitions(): KpiDefinitions {
  const query = useQuery({
    queryKey: kpiKeys.definitions,
    queryFn: ({ signal }) => fetchKpis(signal),
    staleTime: catalogueStale,
  });
  return useMemo(() => {
    const list = query.data ?? builtIn;
    return {
      list,
      byKey: new Map(list.map((k) => [k.key, k] as const)),
      fallback: !query.data,
      isPending: query.isPending && !query.isError,
    };
  }, [query.data, query.isPending, query.isError]);
}

/** The base metrics formulas are made of, by key. */
export function useKpiMetrics(): { list: KpiMetric[]; byKey: Map<string, KpiMetric> } {
  const query = useQuery({
    queryKey: kpiKeys.metrics,
    queryFn: ({ signal }) => fetchKpiMetrics(signal),
    staleTime: catalogueStale,
  });
  return useMemo(() => {
    const list = query.data ?? kpiMetrics;
    return { list, byKey: new Map(list.map((m) => [m.key, m] as const)) };
  }, [query.data]);
}
