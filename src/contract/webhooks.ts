// Webhooks (admin): subscriptions to deal and activity events and the log of their deliveries.
import { z } from "zod";
import { idSchema, timestamp } from "./common";

export const webhookEvents = [
  "deal.created",
  "deal.updated",
  "deal.stage_changed",
  "deal.won",
  "deal.lost",
  "activity.logged",
] as const;
export const webhookEvent = z.enum(webhookEvents);
export type WebhookEvent = z.infer<typeof webhookEvent>;
/** What a test delivery carries: not subscribable. */
export const pingEvent = "ping";

export const webhookFormat = z
  .enum(["json", "slack"])
  .describe(
    "json: the envelope {id, event, occurredAt, data}; slack: an incoming-webhook message {text, blocks}",
  );

const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe("http or https");

const webhookFields = z.object({
  url: webhookUrl,
  description: z.string().trim().max(200).nullish(),
  events: z.array(webhookEvent).min(1).max(webhookEvents.length),
  format: webhookFormat,
  active: z.boolean(),
});

export const webhookCreate = webhookFields.extend({
  format: webhookFormat.default("json"),
  active: z.boolean().default(true),
});
export type WebhookCreate = z.infer<typeof webhookCreate>;

/** Only the fields sent change (no defaults here). */
export const webhookPatch = webhookFields.partial().extend({ version: z.number().int() });
export type WebhookPatch = z.infer<typeof webhookPatch>;

export const webhook = z.object({
  id: idSchema,
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(webhookEvent),
  format: webhookFormat,
  active: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type Webhook = z.infer<typeof webhook>;

/** The signing secret is shown once, when created. */
export const webhookCreated = webhook.extend({
  secret: z
    .string()
    .describe(
      "HMAC-SHA256 key: X-Susumu-Signature is sha256=<hex of HMAC(secret, X-Susumu-Timestamp + '.' + body)>",
    ),
});

export const deliveryStatus = z.enum(["pending", "succeeded", "failed"]);
export const webhookDelivery = z.object({
  id: z.number().int(),
  webhookId: idSchema,
  event: z.string(),
  status: deliveryStatus,
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
  lastAttemptAt: timestamp.nullable(),
  deliveredAt: timestamp.nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const deliveryQuery = z.object({
  status: deliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const deliveryParams = z.object({ id: z.coerce.number().int().positive() });
