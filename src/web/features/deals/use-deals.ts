import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type DealListParams, dealKeys, fetchDeals } from "../../api/deals";

export function useDeals(params: DealListParams, enabled = true) {
  return useQuery({
    queryKey: dealKeys.list(params),
    queryFn: ({ signal }) => fetchDeals(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
