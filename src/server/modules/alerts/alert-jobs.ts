// Alerts on the job queue: a cron tick every 15 minutes (in the org's zone; once per tick across
// instances) enqueues one evaluation job keyed by the tick's time, and so does every start. The job
// raises the alerts of every active rule, escalates those due, and enqueues one delivery job per
// alert, person and channel (keyed: the same delivery is never enqueued twice).
import { defineJob, type JobQueue } from "../../jobs/job-queue";
import type { Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { WebhookRetry } from "../webhooks/webhook-jobs";
import { type AlertDelivery, type DeliveryJobData, deliveryKeyOf } from "./alert-delivery";
import type { AlertEscalation } from "./alert-escalation";
import type { AlertEvaluator } from "./alert-evaluation";

const TICK_MINUTES = 15;

export const alertEvaluation = defineJob<{ at: string }>("alerts-evaluate", {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 600,
});
const alertTick = defineJob("alerts-tick", { expireInSeconds: 60 });

/** The tick a moment belongs to: its time rounded down to the quarter hour. */
export function tickOf(now: Date) {
  const step = TICK_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / step) * step).toISOString();
}

/** Enqueues the evaluation of a tick; a second send of the same tick is dropped. */
export async function enqueueAlertTick(queue: JobQueue, now: Date) {
  const at = tickOf(now);
  await queue.send(alertEvaluation, { at }, { key: at });
}

export type AlertJobs = ReturnType<typeof createAlertJobs>;

export function createAlertJobs(
  queue: JobQueue | undefined,
  options: { retry: WebhookRetry; delivery: AlertDelivery; log: (message: string) => void },
) {
  const { delivery } = options;
  const deliveryJob = defineJob<DeliveryJobData>("alert-delivery", {
    retryLimit: options.retry.limit,
    retryDelaySeconds: options.retry.delaySeconds,
    retryBackoff: options.retry.backoff,
    expireInSeconds: 60,
  });

  /** Deliveries go on the queue; an instance without one sends them itself, once. */
  async function dispatch(items: DeliveryJobData[]) {
    const unique = [...new Map(items.map((d) => [deliveryKeyOf(d), d])).values()];
    if (unique.length === 0) return;
    if (queue) {
      await queue.sendMany(
        deliveryJob,
        unique.map((data) => ({ data, key: deliveryKeyOf(data) })),
      );
      return;
    }
    for (const item of unique) {
      await delivery
        .deliver(item)
        .catch((error: unknown) => options.log(`alerts: delivery failed: ${String(error)}`));
    }
  }

  return {
    dispatch,

    async start(deps: {
      evaluator: AlertEvaluator;
      escalation: AlertEscalation;
      directory: DirectoryRepository;
      clock: Clock;
    }) {
      if (!queue) return;
      const timeZone = (await deps.directory.orgSettings())?.timeZone ?? "Asia/Tokyo";
      await queue.work(deliveryJob, async ({ data }) => delivery.deliver(data), { concurrency: 2 });
      await queue.work(alertEvaluation, async ({ data }) => {
        const now = new Date(data.at);
        const raised = await deps.evaluator.evaluateAll(now);
        const escalated = await deps.escalation.escalateDue(now);
        await dispatch([
          ...(await delivery.plan(
            raised.map((a) => ({ id: a.id, personId: a.recipientId })),
            "recipient",
          )),
          ...(await delivery.plan(
            escalated.map((a) => ({ id: a.id, personId: a.escalatedTo })),
            "escalation",
          )),
          ...(await delivery.sweep(now)),
        ]);
      });
      await queue.schedule(
        alertTick,
        `*/${TICK_MINUTES} * * * *`,
        () => enqueueAlertTick(queue, deps.clock.now()),
        {
          tz: timeZone,
        },
      );
      await enqueueAlertTick(queue, deps.clock.now());
    },
  };
}
