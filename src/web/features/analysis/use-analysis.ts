import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type AnalysisParams,
  analysisKeys,
  type FunnelParams,
  fetchDiagnosis,
  fetchFunnelAnalysis,
} from "../../api/analysis";

export function useFunnelAnalysis(params: FunnelParams, enabled = true) {
  return useQuery({
    queryKey: analysisKeys.funnel(params),
    queryFn: ({ signal }) => fetchFunnelAnalysis(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDiagnosis(params: AnalysisParams, enabled = true) {
  return useQuery({
    queryKey: analysisKeys.diagnosis(params),
    queryFn: ({ signal }) => fetchDiagnosis(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
