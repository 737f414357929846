import { and, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { stages, webhookDeliveries, webhooks } from "../../../db/schema";
import type { OutboxPayload } from "./webhook-outbox.repository";

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptResult = { ok: boolean; statusCode: number | null; error: string | null; final: boolean };

export function createWebhookRepository(db: Executor) {
  return {
    list() {
      return db.select().from(webhooks).orderBy(webhooks.createdAt);
    },

    async find(id: string) {
      const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id)).for("update");
      return row;
    },

    async insert(values: typeof webhooks.$inferInsert) {
      const [row] = await db.insert(webhooks).values(values).returning();
      return row as WebhookRow;
    },

    async update(id: string, values: Partial<typeof webhooks.$inferInsert>) {
      const [row] = await db.update(webhooks).set(values).where(eq(webhooks.id, id)).returning();
      return row as WebhookRow;
    },

    async delete(id: string) {
      await db.delete(webhooks).where(eq(webhooks.id, id));
    },

    listDeliveries(webhookId: string, query: { status?: DeliveryRow["status"] | undefined; limit: number }) {
      return db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.webhookId, webhookId),
            query.status ? eq(webhookDeliveries.status, query.status) : undefined,
          ),
        )
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(query.limit);
    },

    async findDelivery(id: number) {
      const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      return row;
    },

    /** A delivery with what sending it needs from its webhook. */
    async findToSend(id: number) {
      const [row] = await db
        .select({
          delivery: webhookDeliveries,
          url: webhooks.url,
          secret: webhooks.secret,
          format: webhooks.format,
          active: webhooks.active,
        })
        .from(webhookDeliveries)
        .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
        .where(eq(webhookDeliveries.id, id));
      return row;
    },

    async insertDelivery(webhookId: string, event: string, payload: OutboxPayload) {
      const [row] = await db
        .insert(webhookDeliveries)
        .values({ webhookId, event, payload: payload as Record<string, unknown> })
        .returning({ id: webhookDeliveries.id });
      return (row as { id: number }).id;
    },

    /** Counts the attempt; only a pending delivery moves (a replayed or finished one is left alone). */
    async recordAttempt(id: number, result: AttemptResult) {
      const status = result.ok ? "succeeded" : result.final ? "failed" : "pending";
      await db
        .update(webhookDeliveries)
        .set({
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastAttemptAt: sql`now()`,
          lastStatusCode: result.statusCode,
          lastError: result.error?.slice(0, 1000) ?? null,
          status,
          ...(result.ok ? { deliveredAt: sql`now()` } : {}),
        })
        .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending")));
    },

    /**
     * Back to pending as a fresh cycle (no attempt yet in it); a delivery still being retried is left
     * to its retries. Returns the delivery either way.
     */
    async resetForReplay(id: number) {
      const [reset] = await db
        .update(webhookDeliveries)
        .set({ status: "pending", lastAttemptAt: null, deliveredAt: null })
        .where(and(eq(webhookDeliveries.id, id), sql`${webhookDeliveries.status} <> 'pending'`))
        .returning();
      return reset ?? (await this.findDelivery(id));
    },

    /** Pending deliveries with no attempt in their cycle for a while: their job was lost or never sent. */
    unsent(olderThanSeconds: number, limit: number) {
      return db
        .select({ id: webhookDeliveries.id, attempts: webhookDeliveries.attempts })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.status, "pending"),
            isNull(webhookDeliveries.lastAttemptAt),
            lt(webhookDeliveries.createdAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
          ),
        )
        .orderBy(webhookDeliveries.createdAt)
        .limit(limit);
    },

    /** The log keeps finished deliveries for a while, not forever. */
    async purgeFinished(olderThanDays: number) {
      const rows = await db
        .delete(webhookDeliveries)
        .where(
          and(
            sql`${webhookDeliveries.status} <> 'pending'`,
            lt(webhookDeliveries.createdAt, sql`now() - make_interval(days => ${olderThanDays})`),
          ),
        )
        .returning({ id: webhookDeliveries.id });
      return rows.length;
    },

    async stageNames(ids: string[]) {
      if (ids.length === 0) return new Map<string, string>();
      const rows = await db
        .select({ id: stages.id, name: stages.name })
        .from(stages)
        .where(inArray(stages.id, ids));
      return new Map(rows.map((row) => [row.id, row.name]));
    },
  };
}
