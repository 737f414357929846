// A job queue on a test database: pg-boss polling fast, stopped after the file.
import { afterAll } from "vitest";
import { startJobQueue } from "../server/jobs/job-queue";

export async function startTestJobQueue(url: string) {
  const queue = await startJobQueue({
    connectionString: url,
    maxConnections: 3,
    pollingIntervalSeconds: 0.5,
  });
  afterAll(() => queue.stop());
  return queue;
}
