import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  type ActivityCreate,
  type ActivityListParams,
  activityKeys,
  createActivity,
  fetchActivities,
} from "../../api/activities";
import { analysisKeys } from "../../api/analysis";
import { dashboardKeys } from "../../api/dashboard";
import { kpiTreeKeys } from "../../api/kpi-tree";
import { myDayKeys } from "../../api/my-day";

export function useActivities(params: ActivityListParams) {
  return useQuery({
    queryKey: activityKeys.list(params),
    queryFn: ({ signal }) => fetchActivities(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Logs an activity; every figure counting activities is read again. */
export function useLogActivity() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: ActivityCreate) => createActivity(body),
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("activities.logged") });
      for (const queryKey of [
        activityKeys.all,
        dashboardKeys.all,
        analysisKeys.all,
        kpiTreeKeys.all,
        myDayKeys.all,
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
