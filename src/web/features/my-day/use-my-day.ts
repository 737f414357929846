import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchMyDay, myDayKeys } from "../../api/my-day";

/** The day of the caller, or of a member of a manager's teams. Read again every few minutes. */
export function useMyDay(userId: string | undefined) {
  return useQuery({
    queryKey: myDayKeys.view(userId),
    queryFn: ({ signal }) => fetchMyDay(userId, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5 * 60_000,
  });
}
