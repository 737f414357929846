// Two app instances, each with its own pg-boss, on one database: every delivery is sent exactly once.
import { afterAll, describe, expect, it, vi } from "vitest";
import { createTestApp, testWebhookRetry } from "../../../test/http";
import { startReceiver } from "../../../test/http-receiver";
import { startTestJobQueue } from "../../../test/jobs";
import { buildApp } from "../../app";
import { createWebhookJobs } from "./webhook-jobs";
import { createWebhookRepository } from "./webhooks.repository";

describe("webhook deliveries across instances", async () => {
  const { app: first, login, database, jobs: firstJobs } = await createTestApp({ jobs: true });
  const secondJobs = await startTestJobQueue(database.url);
  const second = await buildApp({ database, jobs: secondJobs, webhookRetry: testWebhookRetry });
  afterAll(() => second.close());
  const admin = await login("admin@test.example");
  const member = await login("member-a1@test.example");

  it("sends each delivery once, however often it is enqueued and by whichever instance", async () => {
    const receiver = await startReceiver();
    const hook = (
      await admin.request("POST", "/api/v1/webhooks", { url: receiver.url, events: ["deal.created"] })
    ).json();
    // Half the deals through each instance (the session is in the database, valid on both).
    const total = 30;
    for (let i = 0; i < total; i++) {
      const app = i % 2 === 0 ? first : second;
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/deals",
        cookies: { susumu_session: member.cookie },
        headers: { "x-csrf-token": member.csrfToken },
        payload: { name: `並行 ${i}` },
      });
      expect(response.statusCode).toBe(201);
    }
    // Both sweeps at once, on top of the after-commit sends: the same jobs again.
    const repo = createWebhookRepository(database.db);
    await Promise.all(
      [firstJobs, secondJobs].map((queue) =>
        createWebhookJobs(queue, { retry: testWebhookRetry }).sweepUnsent(repo, 0),
      ),
    );

    await vi.waitFor(
      async () => {
        const { rows } = await database.pool.query(
          "select count(*) filter (where status = 'succeeded') as done from webhook_deliveries where webhook_id = $1",
          [hook.id],
        );
        expect(Number(rows[0].done)).toBe(total);
      },
      { timeout: 30_000, interval: 100 },
    );
    const ids = receiver.received.map((r) => r.headers["x-susumu-delivery"]);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const { rows } = await database.pool.query("select max(attempts) as most from webhook_deliveries");
    expect(rows[0].most).toBe(1);
  });
});
