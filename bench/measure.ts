// Timing helpers: medians and percentiles of repeated runs, and a closed-loop load of N clients.
import { quantileSorted } from "simple-statistics";

export type Timing = { median: number; p95: number; p99: number; runs: number };

export async function timeRepeated(run: () => Promise<unknown>, runs = 30, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/** `clients` loops, each sending its next request as soon as the last one answered, for `seconds`. */
export async function loadTest(clients: number, seconds: number, request: (client: number) => Promise<void>) {
  const samples: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < until) {
        const t = performance.now();
        await request(client);
        samples.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarise(samples), perSecond: samples.length / elapsed };
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    runs: samples.length,
  };
}
