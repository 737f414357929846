import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { kpiDefinitions, targetRevisions, targets, users } from "../../../db/schema";

export type TargetRepository = ReturnType<typeof createTargetRepository>;
export type TargetRow = typeof targets.$inferSelect;
export type TargetKey = Pick<
  TargetRow,
  "kpiKey" | "periodKind" | "periodStart" | "scopeKind" | "teamId" | "userId"
>;

export function createTargetRepository(db: Executor) {
  return {
    async findKpi(key: string) {
      const [row] = await db.select().from(kpiDefinitions).where(eq(kpiDefinitions.key, key));
      return row;
    },

    async findForUpdate(key: TargetKey) {
      const [row] = await db
        .select()
        .from(targets)
        .where(
          and(
            eq(targets.kpiKey, key.kpiKey),
            eq(targets.periodKind, key.periodKind),
            eq(targets.periodStart, key.periodStart),
            eq(targets.scopeKind, key.scopeKind),
            key.teamId ? eq(targets.teamId, key.teamId) : isNull(targets.teamId),
            key.userId ? eq(targets.userId, key.userId) : isNull(targets.userId),
          ),
        )
        .for("update");
      return row;
    },

    async findById(id: string) {
      const [row] = await db.select().from(targets).where(eq(targets.id, id));
      return row;
    },

    /** Targets of a period for an org-level row, some teams and some people. */
    async list(filter: {
      periodKind: string;
      periodStart: string;
      org: boolean;
      teamIds: string[];
      /** Some people's targets, or every person's. */
      userIds: string[] | "all";
      kpiKey?: string;
    }) {
      const scopes: SQL[] = [];
      if (filter.org) scopes.push(eq(targets.scopeKind, "org"));
      if (filter.teamIds.length) scopes.push(inArray(targets.teamId, filter.teamIds));
      if (filter.userIds === "all") scopes.push(eq(targets.scopeKind, "user"));
      else if (filter.userIds.length) scopes.push(inArray(targets.userId, filter.userIds));
      if (scopes.length === 0) return [];
      return db
        .select({
          target: targets,
          // Qualified by hand: Drizzle leaves a one-table select's columns unqualified.
          revisions: sql<number>`(select count(*)::int from ${targetRevisions} r where r.target_id = "targets"."id")`,
        })
        .from(targets)
        .where(
          and(
            eq(targets.periodKind, filter.periodKind as TargetRow["periodKind"]),
            eq(targets.periodStart, filter.periodStart),
            filter.kpiKey ? eq(targets.kpiKey, filter.kpiKey) : undefined,
            or(...scopes),
          ),
        )
        .orderBy(asc(targets.kpiKey), asc(targets.scopeKind));
    },

    async insert(values: typeof targets.$inferInsert) {
      const [row] = await db.insert(targets).values(values).returning();
      return row as TargetRow;
    },

    async update(id: string, values: Partial<typeof targets.$inferInsert>) {
      const [row] = await db.update(targets).set(values).where(eq(targets.id, id)).returning();
      return row as TargetRow;
    },

    async insertRevision(values: typeof targetRevisions.$inferInsert) {
      await db.insert(targetRevisions).values(values);
    },

    revisions(targetId: string) {
      return db
        .select({ revision: targetRevisions, changedBy: users.name })
        .from(targetRevisions)
        .leftJoin(users, eq(users.id, targetRevisions.changedBy))
        .where(eq(targetRevisions.targetId, targetId))
        .orderBy(desc(targetRevisions.changedAt), desc(targetRevisions.id));
    },
  };
}
