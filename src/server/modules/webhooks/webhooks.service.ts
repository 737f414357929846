// Webhook settings (admin) and their delivery log: create (the secret shown once), edit with
// optimistic concurrency, delete, replay a delivery, send a test. Every settings change is audited.
import { randomBytes } from "node:crypto";
import {
  pingEvent,
  type Webhook,
  type WebhookCreate,
  type WebhookDelivery,
  type WebhookEvent,
  type WebhookPatch,
} from "../../../contract/webhooks";
import { diffRecords } from "../../../domain/record-diff";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { WebhookJobs } from "./webhook-jobs";
import { DeliveryFailed, type WebhookSender } from "./webhook-sender";
import type { DeliveryRow, WebhookRepository, WebhookRow } from "./webhooks.repository";

export type WebhookRepositories = { webhooks: WebhookRepository; audit: AuditRepository };
export type WebhookService = ReturnType<typeof createWebhookService>;

const audited = ["url", "description", "events", "format", "active"] as const;
/** The event list compares (and is kept in the audit log) as its JSON. */
const auditable = (
  row: Partial<Omit<WebhookRow, "events">> & { events?: string[] },
): Record<string, unknown> => ({
  ...row,
  ...(row.events ? { events: JSON.stringify(row.events) } : {}),
});

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as WebhookEvent[],
  format: row.format,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  webhookId: row.webhookId,
  event: row.event,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
});

export function createWebhookService(deps: {
  repos: WebhookRepositories;
  inTransaction: <T>(work: (repos: WebhookRepositories) => Promise<T>) => Promise<T>;
  sender: WebhookSender;
  jobs: WebhookJobs;
  clock: Clock;
}) {
  const { repos, inTransaction, sender, jobs, clock } = deps;

  async function existing(id: string) {
    const row = await repos.webhooks.find(id);
    if (!row) throw new AppError("NOT_FOUND");
    return row;
  }

  return {
    list: async () => (await repos.webhooks.list()).map(toWebhook),

    async create(caller: AuthContext, input: WebhookCreate) {
      const secret = `whsec_${randomBytes(24).toString("base64url")}`;
      return inTransaction(async (tx) => {
        const row = await tx.webhooks.insert({
          ...input,
          description: input.description ?? null,
          secret,
          createdBy: caller.userId,
        });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "webhook",
          entityId: row.id,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, auditable(row), audited),
        });
        return { ...toWebhook(row), secret };
      });
    },

    async update(caller: AuthContext, id: string, patch: WebhookPatch) {
      return inTransaction(async (tx) => {
        const before = await tx.webhooks.findForUpdate(id);
        if (!before) throw new AppError("NOT_FOUND");
        const { version, ...edits } = patch;
        if (before.version !== version)
          throw new AppError("VERSION_CONFLICT", { current: toWebhook(before) });
        const changes = diffRecords(auditable(before), auditable(edits), audited);
        if (Object.keys(changes).length === 0) return toWebhook(before);
        const row = await tx.webhooks.update(id, { ...edits, updatedAt: clock.now(), version: version + 1 });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "webhook",
          entityId: id,
          action: "update",
          changes,
        });
        return toWebhook(row);
      });
    },

    async remove(caller: AuthContext, id: string) {
      await inTransaction(async (tx) => {
        const before = await tx.webhooks.findForUpdate(id);
        if (!before) throw new AppError("NOT_FOUND");
        await tx.webhooks.delete(id);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "webhook",
          entityId: id,
          action: "delete",
          changes: diffRecords(auditable(before), Object.fromEntries(audited.map((f) => [f, null])), audited),
        });
      });
    },

    async deliveries(id: string, query: { status?: DeliveryRow["status"] | undefined; limit: number }) {
      await existing(id);
      return (await repos.webhooks.listDeliveries(id, query)).map(toDelivery);
    },

    /** Sends a delivery again as a new cycle of attempts (a pending one is already on its way). */
    async replay(deliveryId: number) {
      const row = await repos.webhooks.resetForReplay(deliveryId);
      if (!row) throw new AppError("NOT_FOUND");
      if (row.lastAttemptAt === null) await jobs.enqueue([{ id: row.id, attempts: row.attempts }]);
      return toDelivery(row);
    },

    /** A ping, sent at once (one attempt) so that the admin sees the answer; it stays in the log. */
    async test(id: string) {
      const hook = await existing(id);
      const deliveryId = await repos.webhooks.insertDelivery(hook.id, pingEvent, {
        data: { webhookId: hook.id, url: hook.url },
      });
      await sender.attempt(deliveryId, true).catch((error: unknown) => {
        if (!(error instanceof DeliveryFailed)) throw error;
      });
      return toDelivery((await repos.webhooks.findDelivery(deliveryId)) as DeliveryRow);
    },
  };
}
