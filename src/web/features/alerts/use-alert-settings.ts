import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  type AlertRuleCreate,
  type AlertRulePatch,
  alertKeys,
  createAlertRule,
  deleteAlertRule,
  fetchAlertRules,
  fetchNotificationPreferences,
  type NotificationPreferences,
  patchAlertRule,
  runAlertRule,
  saveNotificationPreferences,
} from "../../api/alerts";

export function useAlertRules(enabled = true) {
  return useQuery({ queryKey: alertKeys.rules, queryFn: ({ signal }) => fetchAlertRules(signal), enabled });
}

function useRuleWrite<V, R>(
  fn: (vars: V) => Promise<R>,
  message: "alerts.rules.created" | "alerts.rules.saved" | "alerts.rules.deleted",
) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      notifications.show({ color: "teal", message: t(message) });
      void queryClient.invalidateQueries({ queryKey: alertKeys.rules });
    },
  });
}

export const useCreateAlertRule = () =>
  useRuleWrite((body: AlertRuleCreate) => createAlertRule(body), "alerts.rules.created");
export const usePatchAlertRule = () =>
  useRuleWrite(
    ({ id, body }: { id: string; body: AlertRulePatch }) => patchAlertRule(id, body),
    "alerts.rules.saved",
  );
export const useDeleteAlertRule = () =>
  useRuleWrite(
    ({ id, version }: { id: string; version: number }) => deleteAlertRule(id, version),
    "alerts.rules.deleted",
  );

/** The rule's test button: evaluated now, and how many subjects it fires for. */
export function useRunAlertRule() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (id: string) => runAlertRule(id),
    onSuccess: (run) => {
      notifications.show({
        color: "teal",
        message: t("alerts.rules.ran", { firing: run.firing, raised: run.raised }),
      });
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
    },
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: alertKeys.preferences,
    queryFn: ({ signal }) => fetchNotificationPreferences(signal),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => saveNotificationPreferences(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(alertKeys.preferences, saved);
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
      notifications.show({ color: "teal", message: t("alerts.preferences.saved") });
    },
  });
}
