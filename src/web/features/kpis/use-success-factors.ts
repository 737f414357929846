import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchSuccessFactors, kpiKeys, type SuccessFactor, saveSuccessFactors } from "../../api/kpis";

export function useSuccessFactors() {
  return useQuery({
    queryKey: kpiKeys.successFactors,
    queryFn: ({ signal }) => fetchSuccessFactors(signal),
    staleTime: 5 * 60_000,
  });
}

/** Replaces the whole CSF / KFS list (admins). */
export function useSaveSuccessFactors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (list: SuccessFactor[]) => saveSuccessFactors(list),
    onSuccess: (saved) => queryClient.setQueryData(kpiKeys.successFactors, saved),
    meta: { handlesErrors: true },
  });
}
