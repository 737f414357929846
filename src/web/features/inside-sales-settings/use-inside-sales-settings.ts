import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  fetchInsideSalesSettings,
  type InsideSalesSettings,
  leadKeys,
  saveInsideSalesSettings,
} from "../../api/leads";

/** The org's inside-sales rules: every lead screen reads its channels and reasons from them. */
export function useInsideSalesSettings() {
  return useQuery({
    queryKey: leadKeys.settings,
    queryFn: ({ signal }) => fetchInsideSalesSettings(signal),
    staleTime: 5 * 60_000,
  });
}

/** Saves the rules (administrators); leads are read again since their SLA state may change. */
export function useSaveInsideSalesSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InsideSalesSettings) => saveInsideSalesSettings(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(leadKeys.settings, saved);
      void queryClient.invalidateQueries({ queryKey: leadKeys.all });
    },
    meta: { handlesErrors: true },
  });
}
