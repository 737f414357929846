import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type DashboardParams, dashboardKeys, fetchDashboard } from "../../api/dashboard";

export function useDashboard(params: DashboardParams) {
  return useQuery({
    queryKey: dashboardKeys.view(params),
    queryFn: ({ signal }) => fetchDashboard(params, signal),
    placeholderData: keepPreviousData,
  });
}
