// One error type, one code → status map, one handler: every error answers {error: {code, message, details?}}
// with the message in the caller's language; 5xx answers never carry internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorCode, errorMessages, type Language } from "../contract/errors";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  INVALID_REFERENCE: 422,
  STAGE_GATE_UNMET: 422,
  PROBABILITY_REASON_REQUIRED: 422,
  PIPELINE_INVALID: 422,
  STAGE_IN_USE: 409,
  PLAN_RATE_UNUSABLE: 422,
  PERIOD_INVALID: 400,
  REVISION_REASON_REQUIRED: 422,
  ALLOCATION_MISMATCH: 422,
  FORMULA_INVALID: 422,
  ACTIVITY_OUTCOME_INVALID: 422,
  RATE_LIMITED: 429,
  TOKEN_SCOPE_INSUFFICIENT: 403,
  IMPORT_FILE_MISSING: 400,
  IMPORT_FILE_UNREADABLE: 422,
  IMPORT_COLUMNS_MISSING: 422,
  IMPORT_INVALID_ROWS: 422,
  IMPORT_CANCELLED: 409,
  IMPORT_FINISHED: 409,
  LEAD_STATUS_INVALID: 422,
  DISQUALIFY_REASON_REQUIRED: 422,
  LEAD_CHANNEL_UNKNOWN: 422,
  LEAD_ALREADY_HANDED_OFF: 409,
  LEAD_NOT_OPEN: 409,
  HANDOFF_RATING_CLOSED: 422,
  DEAL_NOT_STALE: 422,
  TASK_ALREADY_OPEN: 409,
  SETTINGS_INVALID: 422,
  REVIEW_LOCKED: 423,
  REVIEW_PERIOD_INVALID: 400,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
};

/** The caller's language: an explicit Accept-Language first, then their profile, then Japanese. */
export function languageOf(request: FastifyRequest): Language {
  const header = request.headers["accept-language"];
  const first = header?.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  if (first === "en" || first === "ja") return first;
  return request.auth?.locale ?? "ja";
}

export function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, details?: unknown) {
  const message = errorMessages[code][languageOf(request)];
  return reply
    .status(statusOf[code])
    .send({ error: details === undefined ? { code, message } : { code, message, details } });
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error.code, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: [error.validationContext, ...String(v.instancePath).split("/").filter(Boolean)].join("."),
        message: v.message,
      }));
      return sendError(request, reply, "VALIDATION_FAILED", { issues });
    }
    if (error.statusCode === 429) return sendError(request, reply, "RATE_LIMITED");
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, wrong content type, body too large ...: Fastify's own 4xx.
      return sendError(request, reply, "VALIDATION_FAILED", { reason: error.code ?? error.message });
    }
    request.log.error({ err: error }, "unhandled error");
    const unavailable = ["ECONNREFUSED", "57P01", "57P03", "08006", "08001"].includes(String(error.code));
    return sendError(request, reply, unavailable ? "DATABASE_UNAVAILABLE" : "INTERNAL");
  });
}
