import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  type AlertListParams,
  acknowledgeAlert,
  alertKeys,
  fetchAlerts,
  markAlertsRead,
} from "../../api/alerts";

/** The bell's list and count: read again every minute while the app is open. */
export function useAlerts(params: AlertListParams, poll = false) {
  return useQuery({
    queryKey: alertKeys.list(params),
    queryFn: ({ signal }) => fetchAlerts(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? 60_000 : undefined,
  });
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (id: string) => acknowledgeAlert(id),
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("alerts.acknowledged") });
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
    },
  });
}

/** Marks these alerts read (every alert of the caller without ids). */
export function useMarkAlertsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => markAlertsRead(ids),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
