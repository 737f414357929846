import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createWebhook,
  deleteWebhook,
  fetchDeliveries,
  fetchWebhooks,
  replayDelivery,
  testWebhook,
  updateWebhook,
  type WebhookCreateBody,
  type WebhookPatchBody,
  webhookKeys,
} from "../../api/webhooks";

export function useWebhooks() {
  return useQuery({ queryKey: webhookKeys.all, queryFn: ({ signal }) => fetchWebhooks(signal) });
}

/** The log refreshes while deliveries are on their way (retries take minutes to hours). */
export function useDeliveries(id: string | null) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? ""),
    queryFn: ({ signal }) => fetchDeliveries(id as string, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.some((d) => d.status === "pending") ? 5_000 : false),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
}

export function useCreateWebhook() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: WebhookCreateBody) => createWebhook(body),
    onSuccess: refresh,
    meta: { handlesErrors: true },
  });
}

export function useUpdateWebhook(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: WebhookPatchBody) => updateWebhook(id, body),
    onSuccess: refresh,
    onError: refresh, // a 409 means someone else saved: show their version
    meta: { handlesErrors: true },
  });
}

export function useDeleteWebhook() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => deleteWebhook(id), onSuccess: refresh });
}

export function useTestWebhook() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => testWebhook(id), onSuccess: refresh });
}

export function useReplayDelivery() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: number) => replayDelivery(id), onSuccess: refresh });
}
