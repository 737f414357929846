import { describe, expect, it } from "vitest";
import { PASSWORD } from "../../../test/fixtures";
import { createTestApp } from "../../../test/http";

describe("auth over HTTP", async () => {
  const { app, login } = await createTestApp();

  it("logs in with an HttpOnly SameSite session cookie and returns the CSRF token", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "Member-A1@test.example", password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "susumu_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const body = response.json();
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toMatchObject({ email: "member-a1@test.example", role: "member", teamName: "Aチーム" });
    expect(body.user).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password with a code and a message in the caller's language", async () => {
    const ja = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "admin@test.example", password: "wrong" },
    });
    expect(ja.statusCode).toBe(401);
    expect(ja.json().error).toMatchObject({
      code: "INVALID_CREDENTIALS",
      message: expect.stringContaining("パスワード"),
    });
    const en = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "accept-language": "en-US,en;q=0.9" },
      payload: { email: "nobody@test.example", password: "wrong" },
    });
    expect(en.json().error).toMatchObject({
      code: "INVALID_CREDENTIALS",
      message: expect.stringContaining("password"),
    });
  });

  it("answers malformed input with 400 VALIDATION_FAILED and the failing fields", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "not-an-email" },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["body.email", "body.password"]),
    );
    const broken = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("requires a session for the API", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("UNAUTHENTICATED");
    const forged = await app.inject({
      method: "GET",
      url: "/api/v1/deals",
      cookies: { susumu_session: "forged" },
    });
    expect(forged.statusCode).toBe(401);
  });

  it("rejects a cookie-authenticated write without the CSRF token", async () => {
    const { cookie, request } = await login("member-a1@test.example");
    const without = await app.inject({
      method: "POST",
      url: "/api/v1/deals",
      cookies: { susumu_session: cookie },
      payload: { name: "CSRF test" },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("CSRF_TOKEN_INVALID");
    const wrong = await request("POST", "/api/v1/deals", { name: "CSRF test" }, { "x-csrf-token": "wrong" });
    expect(wrong.statusCode).toBe(403);
    const me = await request("GET", "/api/v1/me");
    expect(me.json().csrfToken).toBeTruthy();
  });

  it("ends the session on logout", async () => {
    const { request } = await login("member-a2@test.example");
    expect((await request("POST", "/api/v1/auth/logout")).statusCode).toBe(200);
    expect((await request("GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("rate-limits repeated login attempts for one account", async () => {
    const attempt = () =>
      app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "member-b@test.example", password: "x" },
      });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("RATE_LIMITED");
  });

  it("serves health, readiness and the OpenAPI document", async () => {
    expect((await app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await app.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "ready" });
    const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/auth/login",
        "/api/v1/deals",
        "/api/v1/deals/{id}",
        "/api/v1/pipelines",
      ]),
    );
    expect((await app.inject({ method: "GET", url: "/api/docs" })).statusCode).toBeLessThan(400);
    const missing = await app.inject({
      method: "GET",
      url: "/api/v1/nothing-here",
      headers: { "accept-language": "en" },
    });
    expect(missing.statusCode).toBe(401);
  });
});

describe("personal API tokens", async () => {
  const { app, login, fixture } = await createTestApp();

  it("authenticate with Bearer, need no CSRF token, keep the owner's scope and can be revoked", async () => {
    const { request } = await login("member-b@test.example");
    const created = await request("POST", "/api/v1/me/tokens", {
      name: "スプレッドシート連携",
      scope: "write",
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^sus_/);
    expect(token.startsWith(prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };
    const deals = await app.inject({ method: "GET", url: "/api/v1/deals", headers: bearer });
    expect(deals.json().items.map((d: { id: string }) => d.id)).toEqual([fixture.deals.dealB?.id]);
    const write = await app.inject({
      method: "POST",
      url: "/api/v1/deals",
      headers: bearer,
      payload: { name: "API で作成" },
    });
    expect(write.statusCode).toBe(201);
    const listed = (await request("GET", "/api/v1/me/tokens")).json();
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("token");
    expect(listed[0].lastUsedAt).not.toBeNull();
    expect((await request("DELETE", `/api/v1/me/tokens/${id}`)).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/v1/deals", headers: bearer })).statusCode).toBe(401);
  });

  it("are read-only unless created with the write scope: a read token's POST is 403", async () => {
    const { request } = await login("member-a1@test.example");
    const created = (await request("POST", "/api/v1/me/tokens", { name: "ダッシュボード表示" })).json();
    expect(created).toMatchObject({ scope: "read", rateLimitPerMinute: 600 });
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await app.inject({ method: "GET", url: "/api/v1/deals", headers: bearer })).statusCode).toBe(200);
    expect((await app.inject({ method: "HEAD", url: "/api/v1/deals", headers: bearer })).statusCode).toBe(
      200,
    );
    const write = await app.inject({
      method: "POST",
      url: "/api/v1/deals",
      headers: { ...bearer, "accept-language": "en" },
      payload: { name: "読み取り専用で作成" },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error).toMatchObject({
      code: "TOKEN_SCOPE_INSUFFICIENT",
      message: expect.stringContaining("read-only"),
    });
    const listed = (await request("GET", "/api/v1/me/tokens")).json();
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, scope: "read", rateLimitPerMinute: 600 }),
    ]);
  });

  it("limit each token to its own requests per minute: 429 with retry-after beyond it", async () => {
    const { request } = await login("member-a2@test.example");
    const tight = (
      await request("POST", "/api/v1/me/tokens", { name: "バッチ", rateLimitPerMinute: 3 })
    ).json();
    const other = (await request("POST", "/api/v1/me/tokens", { name: "別のトークン" })).json();
    const get = (token: string) =>
      app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    const answers = [await get(tight.token), await get(tight.token), await get(tight.token)];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers["x-ratelimit-remaining"])).toEqual(["2", "1", "0"]);
    expect(answers[0]?.headers["x-ratelimit-limit"]).toBe("3");
    const limited = await get(tight.token);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["x-ratelimit-remaining"]).toBe("0");
    // Another token of the same person has its own count.
    expect((await get(other.token)).statusCode).toBe(200);
  });

  it("validate the scope and the rate limit (1 to 10,000 a minute)", async () => {
    const { request } = await login("member-a2@test.example");
    for (const body of [
      { name: "x", scope: "admin" },
      { name: "x", rateLimitPerMinute: 0 },
      { name: "x", rateLimitPerMinute: 10_001 },
      { name: "x", rateLimitPerMinute: 1.5 },
    ]) {
      const response = await request("POST", "/api/v1/me/tokens", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});
