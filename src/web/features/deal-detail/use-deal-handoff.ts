import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { fetchDealHandoff, type HandoffRating, leadKeys, rateDealHandoff } from "../../api/leads";

/** The hand-off a deal came from; `null` when it did not come from one (404). */
export function useDealHandoff(dealId: string) {
  return useQuery({
    queryKey: leadKeys.dealHandoff(dealId),
    queryFn: async ({ signal }) => {
      try {
        return await fetchDealHandoff(dealId, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useRateHandoff(dealId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: HandoffRating) => rateDealHandoff(dealId, rating),
    onSuccess: (handoff) => {
      queryClient.setQueryData(leadKeys.dealHandoff(dealId), handoff);
      void queryClient.invalidateQueries({ queryKey: leadKeys.all });
      notifications.show({ color: "teal", message: t("leads.rating.saved") });
    },
    meta: { handlesErrors: true },
  });
}
