// Deliveries end to end: the app with its job queue, a local receiver, real retries.
import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createTestApp, testWebhookRetry } from "../../../test/http";
import { startReceiver } from "../../../test/http-receiver";
import { createWebhookJobs } from "./webhook-jobs";
import { createWebhookRepository } from "./webhooks.repository";

const patiently = { timeout: 30_000, interval: 100 };

describe("webhook deliveries", async () => {
  const { login, fixture, database, jobs } = await createTestApp({ jobs: true });
  const admin = await login("admin@test.example");
  const member = await login("member-a1@test.example");
  const stage = (key: string) => fixture.stage(key).id;

  async function register(url: string, events: string[], format: "json" | "slack" = "json") {
    const response = await admin.request("POST", "/api/v1/webhooks", { url, events, format });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; secret: string };
  }
  const deliveries = async (id: string) =>
    (await admin.request("GET", `/api/v1/webhooks/${id}/deliveries`)).json() as {
      id: number;
      event: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
    }[];
  const newDeal = async (name: string) =>
    (
      await member.request("POST", "/api/v1/deals", {
        name,
        amount: 3_000_000,
        expectedCloseDate: "2026-12-20",
      })
    ).json() as { id: string; version: number };

  it("signs and sends deal.created, stage_changed + won and activity.logged as the API returns them", async () => {
    const receiver = await startReceiver();
    const hook = await register(receiver.url, [
      "deal.created",
      "deal.stage_changed",
      "deal.won",
      "activity.logged",
    ]);
    const deal = await newDeal("シグマ 基幹刷新");
    const won = await member.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      version: 1,
      stageId: stage("won"),
    });
    expect(won.statusCode).toBe(200);
    await member.request("POST", "/api/v1/activities", { kind: "call", outcome: "reached", dealId: deal.id });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(4), patiently);

    for (const request of receiver.received) {
      const timestamp = request.headers["x-susumu-timestamp"] as string;
      const expected = createHmac("sha256", hook.secret).update(`${timestamp}.${request.body}`).digest("hex");
      expect(request.headers["x-susumu-signature"]).toBe(`sha256=${expected}`);
      expect(request.headers["content-type"]).toBe("application/json");
      const body = request.json() as { id: number; event: string };
      expect(request.headers["x-susumu-event"]).toBe(body.event);
      expect(request.headers["x-susumu-delivery"]).toBe(String(body.id));
    }
    const byEvent = Object.fromEntries(
      receiver.received.map((r) => [(r.json() as { event: string }).event, r.json()]),
    ) as Record<string, { occurredAt: string; data: Record<string, unknown>; previousStageId?: string }>;
    expect(Object.keys(byEvent).sort()).toEqual([
      "activity.logged",
      "deal.created",
      "deal.stage_changed",
      "deal.won",
    ]);
    expect(byEvent["deal.created"]?.data).toMatchObject({
      id: deal.id,
      status: "open",
      amount: 3_000_000,
      version: 1,
    });
    expect(byEvent["deal.created"]?.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(byEvent["deal.won"]?.data).toMatchObject({ id: deal.id, status: "won", version: 2 });
    expect(byEvent["deal.stage_changed"]).toMatchObject({
      previousStageId: stage("lead"),
      data: { stageId: stage("won") },
    });
    expect(byEvent["activity.logged"]?.data).toMatchObject({
      kind: "call",
      dealId: deal.id,
      dealName: "シグマ 基幹刷新",
    });
    await vi.waitFor(async () => {
      const log = await deliveries(hook.id);
      expect(log.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual(
        Array(4).fill(["succeeded", 1, 200]),
      );
    }, patiently);
    await admin.request("DELETE", `/api/v1/webhooks/${hook.id}`);
  });

  it("retries with backoff: 500, 500, then 200 is delivered on the third attempt", async () => {
    const receiver = await startReceiver((_, index) => (index < 2 ? 500 : 200));
    const hook = await register(receiver.url, ["deal.updated"]);
    await member.request("PATCH", `/api/v1/deals/${fixture.deals.dealA1?.id}`, {
      version: 1,
      amount: 3_100_000,
    });
    await vi.waitFor(async () => expect((await deliveries(hook.id))[0]?.status).toBe("succeeded"), patiently);
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ event: "deal.updated", attempts: 3, lastStatusCode: 200 });
    expect(new Set(receiver.received.map((r) => r.headers["x-susumu-delivery"]))).toEqual(
      new Set([String(delivery?.id)]),
    );
    expect(receiver.received).toHaveLength(3);
    await admin.request("DELETE", `/api/v1/webhooks/${hook.id}`);
  });

  it("ends failed after the last retry; replay delivers it once the receiver is fixed", async () => {
    const receiver = await startReceiver(() => 503);
    const hook = await register(receiver.url, ["deal.created"]);
    await newDeal("オメガ 失敗する通知");
    await vi.waitFor(async () => expect((await deliveries(hook.id))[0]?.status).toBe("failed"), patiently);
    const [failed] = await deliveries(hook.id);
    expect(failed).toMatchObject({ attempts: testWebhookRetry.limit + 1, lastStatusCode: 503 });
    expect(failed?.lastError).toContain("HTTP 503");

    receiver.answerWith(() => 200);
    const replay = await admin.request("POST", `/api/v1/webhook-deliveries/${failed?.id}/replay`);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ status: "pending" });
    await vi.waitFor(async () => expect((await deliveries(hook.id))[0]?.status).toBe("succeeded"), patiently);
    expect((await deliveries(hook.id))[0]).toMatchObject({
      attempts: testWebhookRetry.limit + 2,
      lastStatusCode: 200,
    });
    await admin.request("DELETE", `/api/v1/webhooks/${hook.id}`);
  });

  it("sends Slack messages in Japanese with a link, and a test ping answered at once", async () => {
    const receiver = await startReceiver();
    const hook = await register(receiver.url, ["deal.won"], "slack");
    const ping = await admin.request("POST", `/api/v1/webhooks/${hook.id}/test`);
    expect(ping.json()).toMatchObject({
      event: "ping",
      status: "succeeded",
      attempts: 1,
      lastStatusCode: 200,
    });
    expect((receiver.received[0]?.json() as { text: string } | undefined)?.text).toContain("テスト通知");

    const deal = await newDeal("株式会社デルタ 全社導入");
    await member.request("POST", `/api/v1/deals/${deal.id}/stage`, { version: 1, stageId: stage("won") });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), patiently);
    const message = receiver.received[1]?.json() as { text: string; blocks: unknown[] };
    expect(message.text).toBe(
      `案件「<http://localhost:3000/deals/${deal.id}|株式会社デルタ 全社導入>」が受注になりました（¥3,000,000）`,
    );
    expect(message.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: message.text } });

    const down = await startReceiver(() => 500);
    await admin.request("PATCH", `/api/v1/webhooks/${hook.id}`, { version: 1, url: down.url });
    const failedPing = (await admin.request("POST", `/api/v1/webhooks/${hook.id}/test`)).json();
    expect(failedPing).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 500 });
    await admin.request("DELETE", `/api/v1/webhooks/${hook.id}`);
  });

  it("sweeps deliveries never sent (a crash after the commit) back onto the queue, once", async () => {
    const receiver = await startReceiver();
    const hook = await register(receiver.url, ["deal.created"]);
    const repo = createWebhookRepository(database.db);
    // As if written by an instance that stopped before enqueuing, two minutes ago.
    const id = await repo.insertDelivery(hook.id, "deal.created", { data: { id: "lost" } });
    await database.pool.query(
      "update webhook_deliveries set created_at = now() - interval '2 minutes' where id = $1",
      [id],
    );
    const sweeper = createWebhookJobs(jobs, { retry: testWebhookRetry });
    expect(await sweeper.sweepUnsent(repo)).toBe(1);
    await sweeper.sweepUnsent(repo); // enqueued again before it ran: still one job
    await vi.waitFor(async () => expect((await repo.findDelivery(id))?.status).toBe("succeeded"), patiently);
    expect(await sweeper.sweepUnsent(repo)).toBe(0);
    expect(receiver.received.filter((r) => r.headers["x-susumu-delivery"] === String(id))).toHaveLength(1);
    await admin.request("DELETE", `/api/v1/webhooks/${hook.id}`);
  });
});
