// Login, sessions and API tokens. The cookie holds a random token; the database keeps only its hash.
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { ApiToken, ApiTokenCreate, Me, TokenScope } from "../../../contract/auth";
import { type Access, accessFor, type Role } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthRepository } from "./auth.repository";

export type Principal = NonNullable<Awaited<ReturnType<AuthRepository["findPrincipal"]>>>;
export type AuthContext = {
  userId: string;
  role: Role;
  teamId: string | null;
  locale: "ja" | "en";
  /** The org's time zone: it decides what "today" is. */
  timeZone: string;
  /** Null for API-token callers, who need no CSRF token. */
  csrfToken: string | null;
  /** The API token the request came with (null for a session): its scope and rate limit. */
  token: TokenGrant | null;
  access: Access;
  user: Principal;
};

export type TokenGrant = { id: string; scope: TokenScope; rateLimitPerMinute: number };
export type Clock = { now: () => Date };
export type AuthService = ReturnType<typeof createAuthService>;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");
// Verified against when the e-mail is unknown, so that timing does not reveal which accounts exist.
const dummyHash = hash("not-a-password-of-anyone");

export function createAuthService(deps: { repo: AuthRepository; clock: Clock; sessionHours: number }) {
  const { repo, clock } = deps;

  /** The principal and the org's teams and settings, read in parallel: one round trip per request. */
  async function contextOf<T extends Principal>(
    principal: Promise<T | undefined>,
    credentialsOf: (row: T) => { csrfToken: string | null; token: TokenGrant | null },
  ): Promise<AuthContext | undefined> {
    const [row, teams, org] = await Promise.all([principal, repo.listTeamNodes(), repo.orgSettings()]);
    return row ? contextFor(row, credentialsOf(row), teams, org) : undefined;
  }

  function contextFor(
    principal: Principal,
    { csrfToken, token }: { csrfToken: string | null; token: TokenGrant | null },
    teams: Awaited<ReturnType<AuthRepository["listTeamNodes"]>>,
    org: Awaited<ReturnType<AuthRepository["orgSettings"]>>,
  ): AuthContext {
    const actor = { userId: principal.id, role: principal.role, teamId: principal.teamId };
    return {
      userId: principal.id,
      role: principal.role,
      teamId: principal.teamId,
      locale: principal.locale,
      timeZone: org?.timeZone ?? "Asia/Tokyo",
      csrfToken,
      token,
      access: accessFor(actor, teams, org?.memberVisibility ?? "own"),
      user: principal,
    };
  }

  return {
    async login(email: string, password: string, userAgent: string | undefined) {
      const user = await repo.findLoginUser(email);
      const valid = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
      if (!user || !valid) throw new AppError("INVALID_CREDENTIALS");
      const token = newToken();
      const csrfToken = newToken();
      const now = clock.now();
      await repo.deleteExpiredSessions(now);
      await repo.createSession({
        idHash: sha256(token),
        userId: user.id,
        csrfToken,
        createdAt: now,
        expiresAt: new Date(now.getTime() + deps.sessionHours * 3_600_000),
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      return { token, csrfToken, userId: user.id };
    },

    logout: (token: string) => repo.deleteSession(sha256(token)),

    fromSession: (token: string) =>
      contextOf(repo.findSessionPrincipal(sha256(token), clock.now()), (row) => ({
        csrfToken: row.csrfToken,
        token: null,
      })),

    async fromApiToken(token: string): Promise<AuthContext | undefined> {
      const context = await contextOf(repo.findTokenPrincipal(sha256(token), clock.now()), (row) => ({
        csrfToken: null,
        token: { id: row.tokenId, scope: row.tokenScope, rateLimitPerMinute: row.tokenRateLimit },
      }));
      if (context) await repo.touchApiToken(sha256(token), clock.now());
      return context;
    },

    /** A personal API token: `sus_` and 43 random characters; only its hash is kept. */
    async createApiToken(userId: string, input: ApiTokenCreate) {
      const { name, expiresInDays, scope, rateLimitPerMinute } = input;
      const token = `sus_${newToken()}`;
      const now = clock.now();
      const row = await repo.createApiToken({
        userId,
        name,
        scope,
        rateLimitPerMinute,
        tokenHash: sha256(token),
        prefix: token.slice(0, 8),
        createdAt: now,
        expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
      });
      return { ...toApiToken(row), token };
    },

    async listApiTokens(userId: string) {
      return (await repo.listApiTokens(userId)).map(toApiToken);
    },

    async revokeApiToken(userId: string, id: string) {
      if (!(await repo.revokeApiToken(userId, id, clock.now()))) throw new AppError("NOT_FOUND");
    },

    async me(userId: string): Promise<Me> {
      const [principal, org, teams] = await Promise.all([
        repo.findPrincipal(userId),
        repo.orgSettings(),
        repo.listTeamNodes(),
      ]);
      if (!principal || !org) throw new AppError("UNAUTHENTICATED");
      return {
        ...principal,
        teamName: teams.find((t) => t.id === principal.teamId)?.name ?? null,
        org: {
          name: org.name,
          fiscalYearStartMonth: org.fiscalYearStartMonth,
          timeZone: org.timeZone,
          currency: org.currency,
          memberVisibility: org.memberVisibility,
          lostReasons: org.lostReasons,
        },
      };
    },
  };
}

function toApiToken(row: Awaited<ReturnType<AuthRepository["listApiTokens"]>>[number]): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    rateLimitPerMinute: row.rateLimitPerMinute,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

export const hashPassword = (password: string) => hash(password);
