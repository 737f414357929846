import { z } from "zod";
import { idSchema, localeSchema } from "./common";
import { user } from "./directory";

export const loginRequest = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

/** The logged-in user: a directory user with their team's name, language and the org's settings. */
export const me = user.omit({ active: true }).extend({
  teamName: z.string().nullable(),
  locale: localeSchema,
  org: z.object({
    name: z.string(),
    fiscalYearStartMonth: z.number().int(),
    timeZone: z.string(),
    currency: z.string(),
    memberVisibility: z.enum(["own", "team"]),
    /** The pick list a lost deal's reason comes from. */
    lostReasons: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string() })),
  }),
});
export type Me = z.infer<typeof me>;

export const loginResponse = z.object({ user: me, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;
export const meResponse = z.object({ user: me, csrfToken: z.string().nullable() });

export const tokenScope = z
  .enum(["read", "write"])
  .describe(
    "read: GET and HEAD only (other methods answer 403 TOKEN_SCOPE_INSUFFICIENT); write: all the owner may do",
  );
export type TokenScope = z.infer<typeof tokenScope>;
const rateLimitPerMinute = z
  .number()
  .int()
  .min(1)
  .max(10_000)
  .describe(
    "Requests per minute; beyond it 429 RATE_LIMITED with retry-after (x-ratelimit-* on every answer)",
  );

export const apiTokenCreate = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
  scope: tokenScope.default("read"),
  rateLimitPerMinute: rateLimitPerMinute.default(600),
});
export type ApiTokenCreate = z.infer<typeof apiTokenCreate>;
export const apiToken = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  scope: tokenScope,
  rateLimitPerMinute: z.number().int(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;
/** The secret is shown once, when created. */
export const apiTokenCreated = apiToken.extend({ token: z.string() });
