// Authenticates every /api/v1 request (session cookie or `Authorization: Bearer` API token) and
// checks the CSRF token on cookie-authenticated writes.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Role } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext, AuthService } from "./auth.service";
import { createTokenLimits } from "./token-limits";

export const SESSION_COOKIE = "susumu_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext | undefined;
  }
  interface FastifyContextConfig {
    /** The route answers without a logged-in caller. */
    public?: boolean;
  }
}

export function registerAuthHooks(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest("auth", undefined);
  const checkToken = createTokenLimits(app);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/v1/")) return;
    request.auth = await authenticate(request, auth);
    if (request.auth?.token) await checkToken(request, reply, request.auth.token);
    if (request.routeOptions.config.public) return;
    if (!request.auth) throw new AppError("UNAUTHENTICATED");
    const { csrfToken } = request.auth;
    if (csrfToken !== null && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameToken(sent, csrfToken)) throw new AppError("CSRF_TOKEN_INVALID");
    }
  });
}

function authenticate(request: FastifyRequest, auth: AuthService) {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return auth.fromApiToken(bearer);
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? auth.fromSession(cookie) : Promise.resolve(undefined);
}

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The authenticated caller of a non-public route. */
export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError("UNAUTHENTICATED");
  return request.auth;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): AuthContext {
  const caller = callerOf(request);
  if (!roles.includes(caller.role)) throw new AppError("FORBIDDEN");
  return caller;
}
