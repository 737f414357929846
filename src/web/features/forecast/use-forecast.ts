import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type AccuracyKind,
  type DealCell,
  type ForecastParams,
  type ForecastSettingsBody,
  fetchAccuracy,
  fetchForecast,
  fetchForecastDeals,
  fetchForecastSettings,
  forecastKeys,
  saveForecastSettings,
} from "./forecast-api";

export function useForecast(params: ForecastParams, enabled = true) {
  return useQuery({
    queryKey: forecastKeys.view(params),
    queryFn: ({ signal }) => fetchForecast(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The deals of one cell; nothing is asked while no cell is open. */
export function useForecastDeals(params: ForecastParams, cell: DealCell | null) {
  return useQuery({
    queryKey: forecastKeys.deals(params, cell ?? {}),
    queryFn: ({ signal }) => fetchForecastDeals(params, cell ?? {}, signal),
    enabled: cell !== null,
  });
}

export function useAccuracy(scope: string | undefined, kind: AccuracyKind) {
  return useQuery({
    queryKey: forecastKeys.accuracy(scope, kind),
    queryFn: ({ signal }) => fetchAccuracy(scope, kind, signal),
    placeholderData: keepPreviousData,
  });
}

export function useForecastSettings(enabled: boolean) {
  return useQuery({
    queryKey: forecastKeys.settings,
    queryFn: ({ signal }) => fetchForecastSettings(signal),
    enabled,
  });
}

/** Saves the org's rules; every forecast figure depends on them, so all of them are asked again. */
export function useSaveForecastSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ForecastSettingsBody) => saveForecastSettings(body),
    meta: { handlesErrors: true },
    onSuccess: (saved) => {
      client.setQueryData(forecastKeys.settings, saved);
      void client.invalidateQueries({ queryKey: forecastKeys.all });
      void client.invalidateQueries({ queryKey: ["dashboard"] });
    },
  });
}
