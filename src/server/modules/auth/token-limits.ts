// What an API token may do beyond its owner's rights: its scope (read: GET and HEAD only) and its own
// rate limit per minute. The count is kept in this instance's memory (docs/ARCHITECTURE.md, departures).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors";
import type { TokenGrant } from "./auth.service";

const READ_METHODS = new Set(["GET", "HEAD"]);
const WINDOW_MS = 60_000;

/** Needs @fastify/rate-limit registered (its store and window arithmetic, keyed by token id). */
export function createTokenLimits(app: FastifyInstance) {
  const count = app.createRateLimit({
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `token:${request.auth?.token?.id}`,
    max: (request) => request.auth?.token?.rateLimitPerMinute ?? 1,
  });

  return async function checkToken(request: FastifyRequest, reply: FastifyReply, token: TokenGrant) {
    // Every request with the token counts, refused ones included.
    const limit = await count(request);
    if (!limit.isAllowed) {
      reply.header("x-ratelimit-limit", limit.max);
      reply.header("x-ratelimit-remaining", limit.remaining);
      reply.header("x-ratelimit-reset", limit.ttlInSeconds);
      if (limit.isExceeded) {
        reply.header("retry-after", limit.ttlInSeconds);
        throw new AppError("RATE_LIMITED", {
          limitPerMinute: limit.max,
          retryAfterSeconds: limit.ttlInSeconds,
        });
      }
    }
    if (token.scope === "read" && !READ_METHODS.has(request.method)) {
      throw new AppError("TOKEN_SCOPE_INSUFFICIENT", { scope: token.scope });
    }
  };
}
