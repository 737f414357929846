// Deliveries on the job queue: one job per delivery (retried with backoff), enqueued after the commit
// of the change that wrote it, and a cron sweep that enqueues what was never sent (a crash between
// commit and send, or an instance running without a queue).
import { defineJob, type JobQueue } from "../../jobs/job-queue";
import type { WebhookSender } from "./webhook-sender";
import type { WebhookRepository } from "./webhooks.repository";

export type WebhookRetry = { limit: number; delaySeconds: number; backoff: boolean };
/** 8 retries, doubling from 30 s: the last one some hours after the event. */
export const defaultWebhookRetry: WebhookRetry = { limit: 8, delaySeconds: 30, backoff: true };

const SWEEP_AFTER_SECONDS = 60;
const SWEEP_BATCH = 500;
const KEEP_LOG_DAYS = 90;

export type WebhookJobs = ReturnType<typeof createWebhookJobs>;

export function createWebhookJobs(
  queue: JobQueue | undefined,
  options: { retry?: WebhookRetry; onError?: (error: unknown) => void } = {},
) {
  const retry = options.retry ?? defaultWebhookRetry;
  const onError = options.onError ?? ((error) => process.stderr.write(`webhooks: ${String(error)}\n`));
  const deliver = defineJob<{ deliveryId: number }>("webhook-delivery", {
    retryLimit: retry.limit,
    retryDelaySeconds: retry.delaySeconds,
    retryBackoff: retry.backoff,
    expireInSeconds: 60,
  });
  const sweep = defineJob("webhook-sweep", { expireInSeconds: 120 });
  const purge = defineJob("webhook-log-purge", { expireInSeconds: 600 });

  /**
   * The job key is the delivery and its attempt count when its cycle started (0, or the count at a
   * replay): sending the same cycle twice (after-commit and sweep, a double replay) makes one job.
   */
  async function enqueue(deliveries: { id: number; attempts: number }[]) {
    if (!queue || deliveries.length === 0) return;
    await queue.sendMany(
      deliver,
      deliveries.map((d) => ({ data: { deliveryId: d.id }, key: `${d.id}:${d.attempts}` })),
    );
  }

  return {
    enqueue,

    /** After a commit; not awaited, so the write answers at once. A lost send is the sweep's. */
    enqueueNew(ids: number[]) {
      if (!queue || ids.length === 0) return;
      enqueue(ids.map((id) => ({ id, attempts: 0 }))).catch(onError);
    },

    /** Registers the delivery worker, the every-minute sweep and the nightly log purge (each tick once across instances). */
    async start(deps: { repo: WebhookRepository; sender: WebhookSender; concurrency?: number }) {
      if (!queue) return;
      await queue.work(
        deliver,
        async (job) => {
          await deps.sender.attempt(job.data.deliveryId, job.isLastAttempt);
        },
        { concurrency: deps.concurrency ?? 4 },
      );
      await queue.schedule(sweep, "* * * * *", async () => {
        await enqueue(await deps.repo.unsent(SWEEP_AFTER_SECONDS, SWEEP_BATCH));
      });
      await queue.schedule(purge, "30 3 * * *", async () => {
        await deps.repo.purgeFinished(KEEP_LOG_DAYS);
      });
    },

    /** The sweep's work, callable directly (tests, or a start-up catch-up). */
    async sweepUnsent(repo: WebhookRepository, olderThanSeconds = SWEEP_AFTER_SECONDS) {
      const rows = await repo.unsent(olderThanSeconds, SWEEP_BATCH);
      await enqueue(rows);
      return rows.length;
    },
  };
}
