import type { z } from "zod";
import type {
  Webhook,
  WebhookDelivery,
  webhookCreate,
  webhookCreated,
  webhookPatch,
} from "../../contract/webhooks";
import { api } from "./client";

export type WebhookCreateBody = z.input<typeof webhookCreate>;
export type WebhookPatchBody = z.input<typeof webhookPatch>;
export type WebhookCreated = z.infer<typeof webhookCreated>;
export type { Webhook, WebhookDelivery };

export const webhookKeys = {
  all: ["webhooks"] as const,
  deliveries: (id: string) => ["webhooks", id, "deliveries"] as const,
};

export const fetchWebhooks = (signal?: AbortSignal) => api.get<Webhook[]>("/webhooks", undefined, signal);
export const createWebhook = (body: WebhookCreateBody) => api.post<WebhookCreated>("/webhooks", body);
export const updateWebhook = (id: string, body: WebhookPatchBody) =>
  api.patch<Webhook>(`/webhooks/${encodeURIComponent(id)}`, body);
export const deleteWebhook = (id: string) => api.delete<void>(`/webhooks/${encodeURIComponent(id)}`);
export const fetchDeliveries = (id: string, signal?: AbortSignal) =>
  api.get<WebhookDelivery[]>(`/webhooks/${encodeURIComponent(id)}/deliveries`, undefined, signal);
export const testWebhook = (id: string) =>
  api.post<WebhookDelivery>(`/webhooks/${encodeURIComponent(id)}/test`);
export const replayDelivery = (id: number) => api.post<WebhookDelivery>(`/webhook-deliveries/${id}/replay`);
