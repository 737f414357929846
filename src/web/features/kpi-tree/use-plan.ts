import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isApiError } from "../../api/client";
import {
  fetchPlan,
  kpiTreeKeys,
  type PlanRateKey,
  type PlanRequest,
  type PlanResponse,
} from "../../api/kpi-tree";
import type { Target } from "../../api/targets";

export type KgiMetric = "revenue" | "wins";
export type PlanInputs = {
  kgiMetric: KgiMetric;
  kgiValue: number | null;
  lookbackMonths: number;
  overrides: Partial<Record<PlanRateKey, number>>;
  /** The user typed a KGI: a target loaded later no longer replaces it. */
  kgiTouched: boolean;
};

const initial: PlanInputs = {
  kgiMetric: "revenue",
  kgiValue: null,
  lookbackMonths: 6,
  overrides: {},
  kgiTouched: false,
};

/**
 * What the 逆算 starts from. The KGI is prefilled with the scope's revenue (or wins) target of the
 * period; a new scope or period starts over, since its history gives other rates.
 */
export function usePlanInputs(scope: string, period: string, targets: Target[] | undefined) {
  const key = `${scope}|${period}`;
  const [state, setState] = useState({ key, inputs: initial });
  // Another scope or period: its own history and targets (state adjusted while rendering).
  if (state.key !== key) setState({ key, inputs: initial });
  const inputs = state.key === key ? state.inputs : initial;
  const setInputs = useCallback(
    (update: (old: PlanInputs) => PlanInputs) =>
      setState((old) => (old.key === key ? { key, inputs: update(old.inputs) } : old)),
    [key],
  );
  const target = targets?.find((x) => x.kpiKey === inputs.kgiMetric && x.scope === scope);
  const prefill = !inputs.kgiTouched && target ? Math.round(target.value) : null;
  useEffect(() => {
    if (prefill !== null)
      setInputs((old) => (old.kgiValue === prefill ? old : { ...old, kgiValue: prefill }));
  }, [prefill, setInputs]);
  return [inputs, setInputs, target] as const;
}

/** The plan, recomputed on the server a moment after the inputs stop changing. */
export function usePlan(scope: string, period: string, inputs: PlanInputs) {
  const body = useMemo<PlanRequest | null>(
    () =>
      inputs.kgiValue && inputs.kgiValue > 0
        ? {
            scope,
            period,
            kgi: { metric: inputs.kgiMetric, value: Math.round(inputs.kgiValue) },
            lookbackMonths: inputs.lookbackMonths,
            rates: inputs.overrides,
          }
        : null,
    [scope, period, inputs.kgiMetric, inputs.kgiValue, inputs.lookbackMonths, inputs.overrides],
  );
  const [debounced] = useDebouncedValue(body, 350);
  const query = useQuery({
    queryKey: kpiTreeKeys.plan(debounced ?? { period, kgi: { metric: "revenue", value: 0 } }),
    queryFn: () => fetchPlan(debounced as PlanRequest),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  return { ...query, pendingInput: body !== debounced };
}

export type UnusableRate = { rate: PlanRateKey; rates: PlanResponse["rates"] };

/** 422 PLAN_RATE_UNUSABLE names the rate that is 0 or has no history, and lists every rate. */
export function unusableRate(error: unknown): UnusableRate | null {
  if (!isApiError(error, "PLAN_RATE_UNUSABLE")) return null;
  const details = error.details as Partial<UnusableRate> | undefined;
  return details?.rate ? { rate: details.rate, rates: details.rates ?? [] } : null;
}
