// Activities with the names a list shows, scoped like every record by team and owner.
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { ActivityListQuery, ActivityMetric } from "../../../contract/activities";
import type { Executor } from "../../../db/client";
import { cursorBatches, inOrderOf } from "../../../db/cursor";
import { activityColumns } from "../../../db/rollups/rollup-definitions";
import { accounts, activities, deals, leads, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
export type ActivityRow = typeof activities.$inferSelect;
export type ActivityListFilter = Omit<ActivityListQuery, "limit" | "offset">;

/** The condition the rollups count an activity under for a metric: the same records as the figure. */
const activityCondition = (metric: ActivityMetric) =>
  (activityColumns.find((c) => c.metric === metric) as (typeof activityColumns)[number]).when("activities");

const columns = {
  activity: activities,
  ownerName: users.name,
  dealName: deals.name,
  accountName: accounts.name,
};

/** The activity list's filters as one condition, so that the list and its export select the same rows. */
function listCondition(query: ActivityListFilter, scope: RecordScope, timeZone: string) {
  return and(
    scopeCondition(scope, activities.teamId, activities.ownerId),
    query.from
      ? gte(activities.occurredAt, sql`(${query.from}::date::timestamp at time zone ${timeZone})`)
      : undefined,
    query.to
      ? lt(activities.occurredAt, sql`((${query.to}::date + 1)::timestamp at time zone ${timeZone})`)
      : undefined,
    query.kind ? eq(activities.kind, query.kind) : undefined,
    query.outcome ? eq(activities.outcome, query.outcome) : undefined,
    query.dealId ? eq(activities.dealId, query.dealId) : undefined,
    query.leadId ? eq(activities.leadId, query.leadId) : undefined,
    query.metric ? sql.raw(`(${activityCondition(query.metric)})`) : undefined,
  );
}

export function createActivityRepository(db: Executor) {
  const selectView = () =>
    db
      .select(columns)
      .from(activities)
      .innerJoin(users, eq(users.id, activities.ownerId))
      .leftJoin(deals, eq(deals.id, activities.dealId))
      .leftJoin(accounts, eq(accounts.id, activities.accountId));

  return {
    async list(query: ActivityListQuery, scope: RecordScope, timeZone: string) {
      const where = listCondition(query, scope, timeZone);
      const [items, [count]] = await Promise.all([
        selectView()
          .where(where)
          .orderBy(desc(activities.occurredAt), desc(activities.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(activities).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    /** Every activity of the list's filters, newest first, a batch at a time (exports; inside a
     *  transaction): the ids through a cursor, then each batch read with its names by id. */
    async *listAll(query: ActivityListFilter, scope: RecordScope, timeZone: string, batchSize: number) {
      const ids = db
        .select({ id: activities.id })
        .from(activities)
        .where(listCondition(query, scope, timeZone))
        .orderBy(desc(activities.occurredAt), desc(activities.id));
      for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize)) {
        const views = await selectView().where(
          inArray(
            activities.id,
            batch.map((b) => b.id),
          ),
        );
        yield inOrderOf(batch, views, (v) => v.activity.id);
      }
    },

    async findView(id: string) {
      const [row] = await selectView().where(eq(activities.id, id));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(activities).where(eq(activities.id, id)).for("update");
      return row;
    },

    async insert(values: typeof activities.$inferInsert) {
      const [row] = await db.insert(activities).values(values).returning({ id: activities.id });
      return row?.id as string;
    },

    async update(id: string, values: Partial<typeof activities.$inferInsert>) {
      await db.update(activities).set(values).where(eq(activities.id, id));
    },

    async delete(id: string) {
      await db.delete(activities).where(eq(activities.id, id));
    },

    /** The team and owner of a linked record, to check the caller may read it. */
    async findLink(kind: "deal" | "lead" | "account", id: string) {
      const table = kind === "deal" ? deals : kind === "lead" ? leads : accounts;
      const [row] = await db
        .select({
          teamId: table.teamId,
          ownerId: table.ownerId,
          accountId: "accountId" in table ? table.accountId : table.id,
        })
        .from(table)
        .where(eq(table.id, id));
      return row;
    },
  };
}
