import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/http";
import { createWebhookRepository } from "./webhooks.repository";

describe("webhook settings over HTTP", async () => {
  const { app, login, database } = await createTestApp();
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");
  const member = await login("member-a1@test.example");
  const hook = { url: "https://hooks.example.com/susumu", events: ["deal.created", "deal.won"] };

  it("lets only an admin list, create, edit, delete, replay and test (403 otherwise)", async () => {
    expect((await manager.request("GET", "/api/v1/webhooks")).statusCode).toBe(403);
    const refused = await manager.request("POST", "/api/v1/webhooks", hook);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("FORBIDDEN");
    const created = (await admin.request("POST", "/api/v1/webhooks", hook)).json();
    for (const [method, url] of [
      ["PATCH", `/api/v1/webhooks/${created.id}`],
      ["DELETE", `/api/v1/webhooks/${created.id}`],
      ["GET", `/api/v1/webhooks/${created.id}/deliveries`],
      ["POST", `/api/v1/webhooks/${created.id}/test`],
      ["POST", "/api/v1/webhook-deliveries/1/replay"],
    ] as const) {
      const response = await member.request(method, url, method === "PATCH" ? { version: 1 } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    await admin.request("DELETE", `/api/v1/webhooks/${created.id}`);
  });

  it("shows the secret once, edits with the version (409 when stale) and audits", async () => {
    const response = await admin.request("POST", "/api/v1/webhooks", {
      ...hook,
      description: "営業チャンネル",
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      ...hook,
      format: "json",
      active: true,
      version: 1,
      description: "営業チャンネル",
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{32}$/);
    const listed = (await admin.request("GET", "/api/v1/webhooks")).json();
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("secret");

    const edited = await admin.request("PATCH", `/api/v1/webhooks/${created.id}`, {
      version: 1,
      events: ["deal.lost"],
      format: "slack",
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ events: ["deal.lost"], format: "slack", version: 2 });
    // Fields left out keep their values.
    const moved = await admin.request("PATCH", `/api/v1/webhooks/${created.id}`, {
      version: 2,
      url: "https://hooks.example.com/other",
    });
    expect(moved.json()).toMatchObject({ format: "slack", events: ["deal.lost"], active: true, version: 3 });
    const stale = await admin.request("PATCH", `/api/v1/webhooks/${created.id}`, {
      version: 2,
      active: false,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { version: 3 } },
    });

    const audit = await database.pool.query(
      "select action, changes from audit_log where entity = 'webhook' and entity_id = $1 order by at, id",
      [created.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(["create", "update", "update"]);
    expect(JSON.stringify(audit.rows)).not.toContain(created.secret);

    expect((await admin.request("DELETE", `/api/v1/webhooks/${created.id}`)).statusCode).toBe(204);
    expect((await admin.request("DELETE", `/api/v1/webhooks/${created.id}`)).statusCode).toBe(404);
    expect((await admin.request("GET", `/api/v1/webhooks/${created.id}/deliveries`)).statusCode).toBe(404);
  });

  it("refuses URLs that are not http(s), unknown events and an empty event list (400)", async () => {
    for (const body of [
      { ...hook, url: "ftp://hooks.example.com/x" },
      { ...hook, url: "javascript:alert(1)" },
      { ...hook, url: "not a url" },
      { ...hook, events: ["deal.deleted"] },
      { ...hook, events: [] },
      { ...hook, format: "xml" },
    ]) {
      const response = await admin.request("POST", "/api/v1/webhooks", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect((await admin.request("POST", "/api/v1/webhook-deliveries/999999/replay")).statusCode).toBe(404);
  });

  it("writes a delivery per subscribed active webhook in the change's transaction, none without", async () => {
    const count = async () =>
      Number((await database.pool.query("select count(*) from webhook_deliveries")).rows[0].count);
    await member.request("POST", "/api/v1/deals", { name: "フックなし" });
    expect(await count()).toBe(0);
    const subscribed = (await admin.request("POST", "/api/v1/webhooks", hook)).json();
    await admin.request("POST", "/api/v1/webhooks", { ...hook, events: ["activity.logged"] });
    await admin.request("POST", "/api/v1/webhooks", { ...hook, active: false });
    const created = (await member.request("POST", "/api/v1/deals", { name: "フックあり" })).json();
    const rows = await database.pool.query(
      "select webhook_id, event, payload, status from webhook_deliveries",
    );
    expect(rows.rows).toEqual([
      {
        webhook_id: subscribed.id,
        event: "deal.created",
        status: "pending",
        payload: {
          data: expect.objectContaining({ id: created.id, name: "フックあり", ownerName: "member-a1" }),
        },
      },
    ]);
    const log = (await admin.request("GET", `/api/v1/webhooks/${subscribed.id}/deliveries`)).json();
    expect(log).toEqual([expect.objectContaining({ event: "deal.created", status: "pending", attempts: 0 })]);
  });

  it("purges finished deliveries after 90 days and keeps pending ones", async () => {
    const created = (await admin.request("POST", "/api/v1/webhooks", hook)).json();
    const repo = createWebhookRepository(database.db);
    const [done, waiting] = [
      await repo.insertDelivery(created.id, "deal.won", { data: {} }),
      await repo.insertDelivery(created.id, "deal.won", { data: {} }),
    ];
    await database.pool.query(
      "update webhook_deliveries set created_at = now() - interval '91 days', status = case when id = $1 then 'succeeded' else 'pending' end where id = any($2)",
      [done, [done, waiting]],
    );
    expect(await repo.purgeFinished(90)).toBe(1);
    expect(await repo.findDelivery(done)).toBeUndefined();
    expect(await repo.findDelivery(waiting)).toBeDefined();
  });

  it("lists the webhook and token routes in the OpenAPI document", async () => {
    const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/webhooks",
        "/api/v1/webhooks/{id}",
        "/api/v1/webhooks/{id}/deliveries",
        "/api/v1/webhooks/{id}/test",
        "/api/v1/webhook-deliveries/{id}/replay",
        "/api/v1/me/tokens",
      ]),
    );
    const tokenBody = openapi.paths["/api/v1/me/tokens"].post.requestBody.content["application/json"].schema;
    expect(tokenBody.properties).toHaveProperty("scope");
    expect(tokenBody.properties).toHaveProperty("rateLimitPerMinute");
  });
});
