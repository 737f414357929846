// The webhook outbox: a change writes its deliveries in its own transaction (no event without its
// change, no change without its event); the job queue sends them after the commit.
import { sql } from "drizzle-orm";
import type { WebhookEvent } from "../../../contract/webhooks";
import type { Executor } from "../../../db/client";

export type WebhookOutbox = ReturnType<typeof createWebhookOutbox>;

/** What a delivery keeps besides its event: the record as the API returns it, and what came before. */
export type OutboxPayload = { data: unknown; previousStageId?: string };

/** The record with the fields of its API schema only (services' views carry a few more). */
export function asReturned<T extends object>(shape: Record<keyof T, unknown>, value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) out[key] = (value as Record<string, unknown>)[key];
  return out as T;
}

/**
 * `onRecorded` gets the ids of the deliveries written: inside a transaction they are held until the
 * commit (see app.ts), outside one they can be enqueued at once.
 */
export function createWebhookOutbox(db: Executor, onRecorded: (ids: number[]) => void) {
  return {
    /**
     * One statement on the write path: a delivery per active webhook subscribed to each event. With no
     * webhook it inserts nothing (a scan of a table of a few rows).
     */
    async record(events: readonly WebhookEvent[], payload: OutboxPayload) {
      if (events.length === 0) return;
      const { rows } = await db.execute<{ id: number }>(sql`
        insert into webhook_deliveries (webhook_id, event, payload)
        select w.id, e.event, ${JSON.stringify(payload)}::jsonb
        from webhooks w
        join unnest(string_to_array(${events.join(",")}, ',')) as e(event) on w.events ? e.event
        where w.active
        returning id`);
      if (rows.length > 0) onRecorded(rows.map((row) => Number(row.id)));
    },
  };
}
