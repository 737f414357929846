// The forecast's scheduled work on the job queue: one keyed job per day takes every scope's snapshot
// and replays the periods that have closed. A nightly tick and every start enqueue the day's job;
// the key makes that one job across instances and restarts, and the unique snapshot row makes a
// retried job harmless.
import { dateInZone } from "../../../domain/calendar";
import { defineJob, type JobQueue } from "../../jobs/job-queue";
import type { Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { ForecastSnapshots } from "./forecast-snapshots";

const daily = defineJob<{ day: string }>("forecast-snapshot", {
  retryLimit: 3,
  retryDelaySeconds: 60,
  retryBackoff: true,
  // The first run of a large org also replays a year of periods.
  expireInSeconds: 1800,
});
const nightly = defineJob("forecast-nightly", { expireInSeconds: 60 });

export async function startForecastJobs(
  queue: JobQueue | undefined,
  deps: { snapshots: ForecastSnapshots; directory: DirectoryRepository; clock: Clock },
) {
  if (!queue) return;
  const timeZone = (await deps.directory.orgSettings())?.timeZone ?? "Asia/Tokyo";
  const enqueueToday = async () => {
    const day = dateInZone(deps.clock.now(), timeZone);
    await queue.send(daily, { day }, { key: day });
  };
  await queue.work(daily, async ({ data }) => {
    await deps.snapshots.takeSnapshots(data.day);
    await deps.snapshots.replayClosedPeriods(data.day);
  });
  await queue.schedule(nightly, "5 0 * * *", enqueueToday, { tz: timeZone });
  await enqueueToday();
}
