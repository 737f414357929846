import { useQuery } from "@tanstack/react-query";
import type { Me } from "../../../contract/auth";
import { fetchMe, meKey } from "../../api/auth";

export function useMeQuery() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in user inside the authenticated part of the app (RequireAuth guarantees one). */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe outside an authenticated route");
  return data;
}
