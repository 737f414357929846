import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  apiToken,
  apiTokenCreate,
  apiTokenCreated,
  loginRequest,
  loginResponse,
  meResponse,
} from "../../../contract/auth";
import { errorResponse, idParams } from "../../../contract/common";
import { callerOf, SESSION_COOKIE } from "./auth.hooks";
import type { AuthService } from "./auth.service";

export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { auth: AuthService; secureCookies: boolean; sessionHours: number; loginRateLimit: number },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];

  r.post(
    "/api/v1/auth/login",
    {
      schema: {
        tags,
        summary: "Log in with e-mail and password; sets the session cookie and returns the CSRF token",
        body: loginRequest,
        response: { 200: loginResponse, 400: errorResponse, 401: errorResponse, 429: errorResponse },
      },
      config: {
        public: true,
        rateLimit: {
          max: deps.loginRateLimit,
          timeWindow: "1 minute",
          hook: "preHandler",
          // Per address and account: one attacker cannot lock everybody out, nor guess one account fast.
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await deps.auth.login(email, password, request.headers["user-agent"]);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: deps.secureCookies,
        maxAge: deps.sessionHours * 3600,
      });
      return { user: await deps.auth.me(session.userId), csrfToken: session.csrfToken };
    },
  );

  r.post(
    "/api/v1/auth/logout",
    {
      schema: {
        tags,
        summary: "End the current session",
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deps.auth.logout(token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  r.get(
    "/api/v1/me",
    {
      schema: {
        tags,
        summary: "The logged-in user and the session's CSRF token",
        response: { 200: meResponse },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return { user: await deps.auth.me(caller.userId), csrfToken: caller.csrfToken };
    },
  );

  r.get(
    "/api/v1/me/tokens",
    {
      schema: {
        tags,
        summary: "The caller's active personal API tokens",
        response: { 200: z.array(apiToken) },
      },
    },
    (request) => deps.auth.listApiTokens(callerOf(request).userId),
  );

  r.post(
    "/api/v1/me/tokens",
    {
      schema: {
        tags,
        summary:
          "Create a personal API token (`Authorization: Bearer <token>`); the secret is shown only here",
        description:
          "A token acts as its owner, within a scope (`read`, the default: GET and HEAD only; `write`) and its own rate limit per minute.",
        body: apiTokenCreate,
        response: { 201: apiTokenCreated, 400: errorResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await deps.auth.createApiToken(callerOf(request).userId, request.body)),
  );

  r.delete(
    "/api/v1/me/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of the caller's API tokens",
        params: idParams,
        response: { 200: z.object({ ok: z.literal(true) }), 404: errorResponse },
      },
    },
    async (request) => {
      await deps.auth.revokeApiToken(callerOf(request).userId, request.params.id);
      return { ok: true as const };
    },
  );
}
