import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type AccountListParams,
  accountKeys,
  fetchAccount,
  fetchAccounts,
  fetchIndustries,
} from "../../api/accounts";

export function useAccounts(params: AccountListParams) {
  return useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) => fetchAccounts(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string) {
  return useQuery({ queryKey: accountKeys.detail(id), queryFn: ({ signal }) => fetchAccount(id, signal) });
}

export function useIndustries() {
  return useQuery({
    queryKey: accountKeys.industries,
    queryFn: ({ signal }) => fetchIndustries(signal),
    staleTime: 5 * 60_000,
  });
}
