import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { DealCreate } from "../../../contract/deals";
import { accountKeys } from "../../api/accounts";
import { createDeal, dealKeys } from "../../api/deals";

export function useCreateDeal() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: DealCreate) => createDeal(body),
    onSuccess: (deal) => {
      notifications.show({ color: "teal", message: t("dealCreate.created", { name: deal.name }) });
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}
