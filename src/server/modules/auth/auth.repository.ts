import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { apiTokens, orgSettings, sessions, teams, users } from "../../../db/schema";

export type AuthRepository = ReturnType<typeof createAuthRepository>;

const principalColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  nameEn: users.nameEn,
  role: users.role,
  function: users.function,
  skillLevel: users.skillLevel,
  teamId: users.teamId,
  locale: users.locale,
};

export function createAuthRepository(db: Executor) {
  return {
    async findLoginUser(email: string) {
      const [row] = await db
        .select({ id: users.id, passwordHash: users.passwordHash })
        .from(users)
        .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), eq(users.active, true)));
      return row;
    },

    async createSession(session: typeof sessions.$inferInsert) {
      await db.insert(sessions).values(session);
    },

    async deleteSession(idHash: string) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },

    async deleteExpiredSessions(now: Date) {
      await db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);
    },

    async findSessionPrincipal(idHash: string, now: Date) {
      const [row] = await db
        .select({ ...principalColumns, csrfToken: sessions.csrfToken })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.active, true)));
      return row;
    },

    async findTokenPrincipal(tokenHash: string, now: Date) {
      const [row] = await db
        .select({
          ...principalColumns,
          tokenId: apiTokens.id,
          tokenScope: apiTokens.scope,
          tokenRateLimit: apiTokens.rateLimitPerMinute,
        })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(
          and(
            eq(apiTokens.tokenHash, tokenHash),
            isNull(apiTokens.revokedAt),
            or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
            eq(users.active, true),
          ),
        );
      return row;
    },

    async createApiToken(values: typeof apiTokens.$inferInsert) {
      const [row] = await db.insert(apiTokens).values(values).returning();
      return row as typeof apiTokens.$inferSelect;
    },

    listApiTokens(userId: string) {
      return db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .orderBy(apiTokens.createdAt);
    },

    async revokeApiToken(userId: string, id: string, now: Date) {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },

    async touchApiToken(tokenHash: string, now: Date) {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.tokenHash, tokenHash));
    },

    async findPrincipal(userId: string) {
      const [row] = await db.select(principalColumns).from(users).where(eq(users.id, userId));
      return row;
    },

    listTeamNodes() {
      return db.select({ id: teams.id, parentId: teams.parentId, name: teams.name }).from(teams);
    },

    async orgSettings() {
      const [row] = await db.select().from(orgSettings).where(eq(orgSettings.id, 1));
      return row;
    },
  };
}
