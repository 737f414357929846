import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Deal, DealDetail, DealPatch } from "../../../contract/deals";
import { accountKeys } from "../../api/accounts";
import { isApiError } from "../../api/client";
import { dataQualityKeys } from "../../api/data-quality";
import { dealKeys, fetchDeal, moveDealStage, patchDeal, type StageMoveBody } from "../../api/deals";
import { showError } from "../../api/query-client";

export function useDeal(id: string) {
  return useQuery({ queryKey: dealKeys.detail(id), queryFn: ({ signal }) => fetchDeal(id, signal) });
}

/** Puts a saved deal into the cache at once (keeping the timeline) and refreshes what depends on it. */
function useDealSaved(id: string) {
  const queryClient = useQueryClient();
  return (deal: Deal) => {
    queryClient.setQueryData<DealDetail>(dealKeys.detail(id), (old) => (old ? { ...old, ...deal } : old));
    void queryClient.invalidateQueries({ queryKey: dealKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
    void queryClient.invalidateQueries({ queryKey: ["deals", "list"] });
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    void queryClient.invalidateQueries({ queryKey: dataQualityKeys.all });
  };
}

/** Saves the quick-edit form. A version conflict is left to the caller, which offers a reload. */
export function useSaveDeal(id: string) {
  const { t } = useTranslation();
  const saved = useDealSaved(id);
  return useMutation({
    mutationFn: (patch: DealPatch) => patchDeal(id, patch),
    onSuccess: (deal) => {
      saved(deal);
      notifications.show({ color: "teal", message: t("deal.saved") });
    },
    meta: { handlesErrors: true },
  });
}

export function useMoveStage(id: string) {
  const queryClient = useQueryClient();
  const saved = useDealSaved(id);
  return useMutation({
    mutationFn: (move: StageMoveBody) => moveDealStage(id, move),
    onSuccess: saved,
    meta: { handlesErrors: true },
    onError: (error) => {
      // Someone moved or edited it first: show the current state.
      if (isApiError(error, "VERSION_CONFLICT"))
        void queryClient.invalidateQueries({ queryKey: dealKeys.detail(id) });
      // A gate refusal opens the checklist (the caller's onError); anything else is reported here.
      if (!isApiError(error, "STAGE_GATE_UNMET")) showError(error);
    },
  });
}
