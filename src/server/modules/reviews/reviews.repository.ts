// Review sheets and their comments: one sheet per kind, scope and period (a second insert of the
// same finds the first), lists scoped by the sheet's team and person, the previous sheet of a scope.
import { and, asc, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { reviewActions, reviewComments, reviews, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewInsert = typeof reviews.$inferInsert;
export type ReviewListFilter = {
  scope?: string | undefined;
  kind?: ReviewRow["kind"] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

export function createReviewRepository(db: Executor) {
  return {
    async find(id: string) {
      const [row] = await db
        .select({ review: reviews, lockedByName: users.name })
        .from(reviews)
        .leftJoin(users, eq(users.id, reviews.lockedBy))
        .where(eq(reviews.id, id));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(reviews).where(eq(reviews.id, id)).for("update");
      return row;
    },

    async findSheet(kind: ReviewRow["kind"], scope: string, periodStart: string) {
      const [row] = await db
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.kind, kind), eq(reviews.scope, scope), eq(reviews.periodStart, periodStart)));
      return row?.id;
    },

    /** Inserts the sheet, or finds the one a concurrent request made first. */
    async insertOnce(values: ReviewInsert): Promise<{ id: string; created: boolean }> {
      const [row] = await db
        .insert(reviews)
        .values(values)
        .onConflictDoNothing({ target: [reviews.kind, reviews.scope, reviews.periodStart] })
        .returning({ id: reviews.id });
      if (row) return { id: row.id, created: true };
      const [existing] = await db
        .select({ id: reviews.id })
        .from(reviews)
        .where(
          and(
            eq(reviews.kind, values.kind),
            eq(reviews.scope, values.scope),
            eq(reviews.periodStart, values.periodStart),
          ),
        );
      return { id: existing?.id as string, created: false };
    },

    async update(id: string, values: Partial<ReviewInsert>) {
      await db.update(reviews).set(values).where(eq(reviews.id, id));
    },

    /** Newest period first; `readable`: the sheets of the teams and the person the caller may read. */
    async list(filter: ReviewListFilter, readable: RecordScope) {
      const where = and(
        scopeCondition(readable, reviews.teamId, reviews.ownerId),
        filter.scope ? eq(reviews.scope, filter.scope) : undefined,
        filter.kind ? eq(reviews.kind, filter.kind) : undefined,
        filter.from ? gte(reviews.periodStart, filter.from) : undefined,
        filter.to ? lte(reviews.periodStart, filter.to) : undefined,
      );
      const counts = db
        .select({
          reviewId: reviewActions.reviewId,
          actions: sql<number>`count(*)::int`.as("actions"),
          open: sql<number>`(count(*) filter (where ${reviewActions.status} in ('open', 'in_progress')))::int`.as(
            "open",
          ),
        })
        .from(reviewActions)
        .groupBy(reviewActions.reviewId)
        .as("counts");
      const [items, [count]] = await Promise.all([
        db
          .select({
            review: reviews,
            actionCount: sql<number>`coalesce(${counts.actions}, 0)`,
            openActionCount: sql<number>`coalesce(${counts.open}, 0)`,
          })
          .from(reviews)
          .leftJoin(counts, eq(counts.reviewId, reviews.id))
          .where(where)
          .orderBy(
            desc(reviews.periodStart),
            sql`case ${reviews.kind} when 'monthly' then 0 when 'weekly' then 1 else 2 end`,
            asc(reviews.scope),
          )
          .limit(filter.limit)
          .offset(filter.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(reviews).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    /** The latest sheet of the same kind and scope before this period. */
    async previousOf(sheet: Pick<ReviewRow, "kind" | "scope" | "periodStart">) {
      const where: SQL | undefined = and(
        eq(reviews.kind, sheet.kind),
        eq(reviews.scope, sheet.scope),
        lt(reviews.periodStart, sheet.periodStart),
      );
      const [row] = await db.select().from(reviews).where(where).orderBy(desc(reviews.periodStart)).limit(1);
      return row;
    },

    commentsOf(reviewId: string) {
      return db
        .select({ comment: reviewComments, authorName: users.name })
        .from(reviewComments)
        .innerJoin(users, eq(users.id, reviewComments.authorId))
        .where(eq(reviewComments.reviewId, reviewId))
        .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
    },

    async insertComment(values: typeof reviewComments.$inferInsert) {
      const [row] = await db.insert(reviewComments).values(values).returning({ id: reviewComments.id });
      return row?.id as string;
    },
  };
}
