// Activities with the names a list shows, scoped like every record by team and owner.
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { ActivityListQuery, ActivityMetric } from "../../../contract/activities";
import type { Executor } from "../../../db/client";
import { activityColumns } from "../../../db/rollups/rollup-definitions";
import { accounts, activities, deals, leads, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
export type ActivityRow = typeof activities.$inferSelect;

/** The condition the rollups count an activity under for a metric: the same records as the figure. */
const activityCondition = (metric: ActivityMetric) =>
  (activityColumns.find((c) => c.metric === metric) as (typeof activityColumns)[number]).when("activities");

const columns = {
  activity: activities,
  ownerName: users.name,
  dealName: deals.name,
  accountName: accounts.name,
};

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
      const where = and(
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
        query.metric ? sql.raw(`(${activityCondition(query.metric)})`) : undefined,
      );
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
