import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type ApiTokenCreateBody,
  apiTokenKeys,
  createApiToken,
  fetchApiTokens,
  revokeApiToken,
} from "../../api/api-tokens";

export function useApiTokens() {
  return useQuery({ queryKey: apiTokenKeys.all, queryFn: ({ signal }) => fetchApiTokens(signal) });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreateBody) => createApiToken(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
    meta: { handlesErrors: true },
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiToken(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
