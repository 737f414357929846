// The one job queue of the product: pg-boss on the app's own PostgreSQL (embedded or DATABASE_URL).
// Each job is fetched by one worker across all instances (SKIP LOCKED), a failed job is retried with
// backoff, a cron schedule fires once per tick across instances. Why pg-boss: docs/ARCHITECTURE.md "Jobs".
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";

/** A kind of job: its queue name, the shape of its data (a type only) and its retry policy. */
export type JobDefinition<T extends object> = {
  name: string;
  /** Retries after the first attempt. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Exponential backoff from retryDelaySeconds (doubling, with jitter). */
  retryBackoff?: boolean;
  /** How long one attempt may run before pg-boss counts it as failed. */
  expireInSeconds?: number;
  readonly __data?: T;
};

export function defineJob<T extends object>(
  name: string,
  options: Omit<JobDefinition<T>, "name" | "__data"> = {},
): JobDefinition<T> {
  return { name, ...options };
}

export type JobContext<T> = {
  id: string;
  data: T;
  retryCount: number;
  retryLimit: number;
  /** A failure now is final: pg-boss will not try again. */
  isLastAttempt: boolean;
};
export type JobHandler<T> = (job: JobContext<T>) => Promise<void>;

export type JobQueue = {
  /**
   * Enqueues a job. With a `key`, a second send of the same key is dropped while pg-boss still keeps
   * the first (the job id is derived from it), so re-enqueuing is safe.
   */
  send<T extends object>(job: JobDefinition<T>, data: T, options?: { key?: string }): Promise<void>;
  /** Several jobs of one kind in one statement. */
  sendMany<T extends object>(job: JobDefinition<T>, items: { data: T; key?: string }[]): Promise<void>;
  /** Runs the handler for each job of this kind; a thrown error fails the attempt (then retry). */
  work<T extends object>(
    job: JobDefinition<T>,
    handler: JobHandler<T>,
    options?: { concurrency?: number },
  ): Promise<void>;
  /** A cron schedule (5 fields; `tz` default UTC) and the handler of its ticks. */
  schedule(
    job: JobDefinition<object>,
    cron: string,
    handler: JobHandler<object>,
    options?: { tz?: string },
  ): Promise<void>;
  stop(): Promise<void>;
};

export type JobQueueOptions = {
  connectionString: string;
  /** Connections of the queue's own pool (polling never waits behind API queries). */
  maxConnections?: number;
  pollingIntervalSeconds?: number;
  /** How often this instance looks at the cron schedules. */
  cronMonitorIntervalSeconds?: number;
  onError?: (error: Error) => void;
};

/** The job id of a keyed job: a UUID from a hash of the queue name and the key. */
export function jobIdOf(name: string, key: string) {
  const h = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Instances starting together create the same queues at once, and PostgreSQL may pick one of them
 *  as a deadlock victim: that one tries again a moment later. */
async function retryDeadlock(work: () => Promise<void>, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== "40P01") throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 50 + Math.random() * 100));
    }
  }
}

export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const polling = options.pollingIntervalSeconds ?? 2;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    application_name: "susumu-jobs",
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
  });
  // An unhandled "error" event would end the process; pg-boss reports polling errors this way. After
  // stop, its closing connections may still report being cut: nothing to tell.
  let stopped = false;
  const onError =
    options.onError ?? ((error: Error) => process.stderr.write(`job queue: ${error.message}\n`));
  boss.on("error", (error) => {
    if (!stopped) onError(error);
  });
  await boss.start();

  const queues = new Map<string, Promise<void>>();
  const workers = new Map<string, string[]>();

  /** Creates the queue once per process and applies the definition's current retry policy. */
  function ensureQueue(job: JobDefinition<object>) {
    let ready = queues.get(job.name);
    if (!ready) {
      const policy = {
        name: job.name,
        retryLimit: job.retryLimit ?? 0,
        retryDelay: job.retryDelaySeconds ?? 0,
        retryBackoff: job.retryBackoff ?? false,
        ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
      };
      ready = retryDeadlock(async () => {
        await boss.createQueue(job.name, policy);
        await boss.updateQueue(job.name, policy);
      });
      ready.catch(() => queues.delete(job.name));
      queues.set(job.name, ready);
    }
    return ready;
  }

  /** Local workers need not wait for their next poll. */
  const wake = (name: string) => {
    for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  };

  const queue: JobQueue = {
    async send(job, data, sendOptions = {}) {
      await ensureQueue(job);
      const id = sendOptions.key === undefined ? undefined : jobIdOf(job.name, sendOptions.key);
      await boss.send(job.name, data, id ? { id } : {});
      wake(job.name);
    },

    async sendMany(job, items) {
      if (items.length === 0) return;
      await ensureQueue(job);
      await boss.insert(
        items.map((item) => ({
          name: job.name,
          data: item.data,
          ...(item.key === undefined ? {} : { id: jobIdOf(job.name, item.key) }),
        })),
      );
      wake(job.name);
    },

    async work(job, handler, workOptions = {}) {
      await ensureQueue(job);
      const ids = workers.get(job.name) ?? [];
      for (let i = 0; i < (workOptions.concurrency ?? 1); i++) {
        const id = await boss.work<never>(
          job.name,
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: polling },
          async ([item]) => {
            if (!item) return;
            await handler({
              id: item.id,
              data: item.data,
              retryCount: item.retryCount,
              retryLimit: item.retryLimit,
              isLastAttempt: item.retryCount >= item.retryLimit,
            });
          },
        );
        ids.push(id);
      }
      workers.set(job.name, ids);
    },

    async schedule(job, cron, handler, scheduleOptions = {}) {
      await ensureQueue(job);
      await boss.schedule(job.name, cron, {}, { tz: scheduleOptions.tz ?? "UTC" });
      await queue.work(job, handler);
    },

    async stop() {
      stopped = true;
      await boss.stop({ graceful: true, timeout: 15_000 });
    },
  };
  return queue;
}
