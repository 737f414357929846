// HTTP tests: the real app over a fresh database, driven through app.inject.
import { afterAll } from "vitest";
import { type AppDeps, buildApp } from "../server/app";
import type { WebhookRetry } from "../server/modules/webhooks/webhook-jobs";
import { createFixtureOrg, PASSWORD } from "./fixtures";
import { startTestJobQueue } from "./jobs";
import { createTestDatabase } from "./test-database";

/** Quick retries for tests that watch webhook deliveries fail and recover. */
export const testWebhookRetry: WebhookRetry = { limit: 3, delaySeconds: 1, backoff: false };

/** A clock a test can move: `clock.set(date)` changes what the app sees as now from then on. */
export function movableClock(start: Date) {
  let current = start;
  return {
    now: () => current,
    set: (date: Date) => {
      current = date;
    },
  };
}

export async function createTestApp(
  options: {
    now?: Date;
    clock?: { now: () => Date };
    jobs?: boolean;
    /** More of the app's dependencies (e-mail settings, public URL …). */
    deps?: Partial<Omit<AppDeps, "database" | "clock" | "jobs">>;
  } = {},
) {
  const database = await createTestDatabase();
  const fixture = await createFixtureOrg(database.db);
  const clock = options.clock ?? { now: () => options.now ?? new Date() };
  // Only tests that need the job queue start pg-boss.
  const jobs = options.jobs ? await startTestJobQueue(database.url) : undefined;
  const app = await buildApp({
    database,
    clock,
    loginRateLimit: 5,
    jobs,
    webhookRetry: testWebhookRetry,
    ...options.deps,
  });
  afterAll(() => app.close());

  /** Logs in and returns an injector that sends the session cookie and CSRF token. */
  async function login(email: string) {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === "susumu_session")?.value as string;
    const { csrfToken } = response.json() as { csrfToken: string };
    const request = (
      method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
      url: string,
      payload?: unknown,
      headers = {},
    ) =>
      app.inject({
        method,
        url,
        cookies: { susumu_session: cookie },
        headers: { "x-csrf-token": csrfToken, ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    return { cookie, csrfToken, request };
  }

  return { app, database, fixture, login, jobs };
}
