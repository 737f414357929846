import { and, asc, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DealListQuery, DealSortField } from "../../../contract/deals";
import type { Executor } from "../../../db/client";
import { cursorBatches, inOrderOf } from "../../../db/cursor";
import { containsPattern } from "../../../db/like-pattern";
import { accounts, activities, contacts, dealStageHistory, deals, stages, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type DealRepository = ReturnType<typeof createDealRepository>;
export type DealRow = typeof deals.$inferSelect;
export type DealInsert = typeof deals.$inferInsert;
export type DealView = Awaited<ReturnType<DealRepository["findView"]>> & {};
export type DealListFilter = Omit<DealListQuery, "limit" | "offset">;

const owners = alias(users, "owner");

/** "Now" as the org sees it: staleness depends on it. */
export type DayContext = { now: Date; today: string; timeZone: string };

/** A meeting or activity scheduled after now: a next step that keeps a deal from being stale. */
const scheduledAhead = (now: Date) =>
  sql<boolean>`exists (select 1 from ${activities} where ${activities.dealId} = ${deals.id} and ${activities.occurredAt} > ${now})`;

/** A deal with the names a screen shows beside its ids, and what its staleness depends on. */
const viewColumns = (day: DayContext) => ({
  deal: deals,
  accountName: accounts.name,
  ownerName: owners.name,
  decisionMakerName: contacts.name,
  staleDays: stages.staleDays,
  scheduledAhead: scheduledAhead(day.now),
  updatedOn: sql<string>`((${deals.updatedAt} at time zone ${day.timeZone})::date)::text`,
});

/** Open deals with no next step ahead: the SQL form of `stalenessOf` returning non-null. */
const staleCondition = (day: DayContext, stale: boolean) => {
  const condition = sql`(${deals.status} = 'open' and (${deals.nextMeetingDate} is null or ${deals.nextMeetingDate} < ${day.today}::date) and not ${scheduledAhead(day.now)})`;
  return stale ? condition : sql`not ${condition}`;
};

const sortColumns: Record<DealSortField, SQL | typeof deals.name> = {
  name: deals.name,
  amount: sql`${deals.amount}`,
  probability: sql`${deals.probability}`,
  expectedCloseDate: sql`${deals.expectedCloseDate}`,
  nextMeetingDate: sql`${deals.nextMeetingDate}`,
  updatedAt: sql`${deals.updatedAt}`,
  createdAt: sql`${deals.createdAt}`,
};

function textMatch(q: string | undefined) {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  // The account's name through a subquery: lists and counts need no join with accounts for it.
  return or(
    ilike(deals.name, pattern),
    sql`${deals.accountId} in (select ${accounts.id} from ${accounts} where ${ilike(accounts.name, pattern)})`,
  );
}

/** The deal list's filters as one condition, so that the list and its export select the same deals. */
function listCondition(query: DealListFilter, scope: RecordScope, day: DayContext, within: RecordScope) {
  return and(
    scopeCondition(scope, deals.teamId, deals.ownerId),
    scopeCondition(within, deals.teamId, deals.ownerId),
    query.pipelineId ? eq(deals.pipelineId, query.pipelineId) : undefined,
    query.stageId ? eq(deals.stageId, query.stageId) : undefined,
    query.ownerId ? eq(deals.ownerId, query.ownerId) : undefined,
    query.teamId ? eq(deals.teamId, query.teamId) : undefined,
    query.accountId ? eq(deals.accountId, query.accountId) : undefined,
    query.status ? eq(deals.status, query.status) : undefined,
    query.stale !== undefined ? staleCondition(day, query.stale) : undefined,
    query.closedFrom
      ? gte(deals.closedAt, sql`(${query.closedFrom}::date::timestamp at time zone ${day.timeZone})`)
      : undefined,
    query.closedTo
      ? lt(deals.closedAt, sql`((${query.closedTo}::date + 1)::timestamp at time zone ${day.timeZone})`)
      : undefined,
    query.expectedCloseFrom ? gte(deals.expectedCloseDate, query.expectedCloseFrom) : undefined,
    query.expectedCloseTo ? lte(deals.expectedCloseDate, query.expectedCloseTo) : undefined,
    textMatch(query.q),
    query.importId
      ? sql`${deals.id} in (select record_id from import_records where import_id = ${query.importId})`
      : undefined,
  );
}

function listOrder(sort: DealListQuery["sort"]) {
  const column = sortColumns[sort.replace(/^-/, "") as DealSortField];
  return sort.startsWith("-") ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;
}

export function createDealRepository(db: Executor) {
  const selectView = (day: DayContext) =>
    db
      .select(viewColumns(day))
      .from(deals)
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .leftJoin(accounts, eq(accounts.id, deals.accountId))
      .innerJoin(owners, eq(owners.id, deals.ownerId))
      .leftJoin(contacts, eq(contacts.id, deals.decisionMakerId));

  return {
    /** `within`: the scope asked for (a team subtree or an owner), inside what the caller may read. */
    async list(
      query: DealListQuery,
      scope: RecordScope,
      day: DayContext,
      within: RecordScope = { all: true },
    ) {
      const where = listCondition(query, scope, day, within);
      const order = listOrder(query.sort);
      const [items, [count]] = await Promise.all([
        selectView(day).where(where).orderBy(order, asc(deals.id)).limit(query.limit).offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(deals).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    /** Every deal of the list's filters, in its order, a batch at a time (exports; inside a transaction):
     *  one sort of the ids through a cursor, then each batch read with its names by id. */
    async *listAll(
      query: DealListFilter,
      scope: RecordScope,
      day: DayContext,
      within: RecordScope,
      batchSize: number,
    ) {
      const ids = db
        .select({ id: deals.id })
        .from(deals)
        .where(listCondition(query, scope, day, within))
        .orderBy(listOrder(query.sort), asc(deals.id));
      for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize)) {
        const views = await selectView(day).where(
          inArray(
            deals.id,
            batch.map((b) => b.id),
          ),
        );
        yield inOrderOf(batch, views, (v) => v.deal.id);
      }
    },

    /** The stale deals of a scope: how many, their amount, and the biggest few with their names. The
     *  few are picked on the deals table alone, and only they are joined for their names. */
    async staleSummary(scope: RecordScope, day: DayContext, top: number) {
      const where = and(scopeCondition(scope, deals.teamId, deals.ownerId), staleCondition(day, true));
      // One scan: the totals ride along the biggest rows as window aggregates.
      const biggest = await db
        .select({
          id: deals.id,
          count: sql<number>`count(*) over ()`,
          amount: sql<number>`coalesce(sum(${deals.amount}) over (), 0)::float8`,
        })
        .from(deals)
        .where(where)
        .orderBy(sql`${deals.amount} desc nulls last`, asc(deals.id))
        .limit(top);
      const ids = biggest.map((b) => b.id);
      const views = ids.length > 0 ? await selectView(day).where(inArray(deals.id, ids)) : [];
      return {
        count: Number(biggest[0]?.count ?? 0),
        amount: Number(biggest[0]?.amount ?? 0),
        items: ids.map((id) => views.find((v) => v.deal.id === id)).filter((v) => v !== undefined),
      };
    },

    async findView(id: string, day: DayContext) {
      const [row] = await selectView(day).where(eq(deals.id, id));
      return row;
    },

    /** Locks the deal for the rest of the transaction: writers of one deal queue here. */
    async findForUpdate(id: string) {
      const [row] = await db.select().from(deals).where(eq(deals.id, id)).for("update");
      return row;
    },

    async insert(values: DealInsert) {
      const [row] = await db.insert(deals).values(values).returning({ id: deals.id });
      return row?.id as string;
    },

    async update(id: string, values: Partial<DealInsert>) {
      await db.update(deals).set(values).where(eq(deals.id, id));
    },

    async insertStageChange(values: typeof dealStageHistory.$inferInsert) {
      await db.insert(dealStageHistory).values(values);
    },

    stageHistory(dealId: string) {
      return db
        .select({
          at: dealStageHistory.changedAt,
          fromStageId: dealStageHistory.fromStageId,
          toStageId: dealStageHistory.toStageId,
          overrideReason: dealStageHistory.overrideReason,
          conditions: dealStageHistory.conditions,
          evidence: dealStageHistory.evidence,
          actorName: users.name,
        })
        .from(dealStageHistory)
        .leftJoin(users, eq(users.id, dealStageHistory.changedBy))
        .where(eq(dealStageHistory.dealId, dealId))
        .orderBy(desc(dealStageHistory.changedAt), desc(dealStageHistory.id));
    },

    /** Per stage: the count and amount of the column, and its first cards by close date. */
    async board(
      filter: { pipelineId: string; teamId?: string; ownerId?: string; q?: string; closedSince: string },
      scope: RecordScope,
      cardsPerColumn: number,
      day: DayContext,
    ) {
      const where = and(
        eq(deals.pipelineId, filter.pipelineId),
        scopeCondition(scope, deals.teamId, deals.ownerId),
        filter.teamId ? eq(deals.teamId, filter.teamId) : undefined,
        filter.ownerId ? eq(deals.ownerId, filter.ownerId) : undefined,
        or(eq(deals.status, "open"), gte(deals.closedAt, sql`${filter.closedSince}::date`)),
        textMatch(filter.q),
      );
      const ranked = db
        .select({
          id: deals.id,
          rank: sql<number>`row_number() over (partition by ${deals.stageId} order by ${deals.expectedCloseDate} asc nulls first, ${deals.id})`.as(
            "rank",
          ),
        })
        .from(deals)
        .where(where)
        .as("ranked");
      const [totals, cards] = await Promise.all([
        db
          .select({
            stageId: deals.stageId,
            count: sql<number>`count(*)::int`,
            amount: sql<number>`coalesce(sum(${deals.amount}), 0)::bigint`,
          })
          .from(deals)
          .where(where)
          .groupBy(deals.stageId),
        selectView(day)
          .innerJoin(ranked, eq(ranked.id, deals.id))
          .where(sql`${ranked.rank} <= ${cardsPerColumn}`)
          .orderBy(asc(ranked.rank)),
      ]);
      return { totals, cards };
    },

    async findAccount(id: string) {
      const [row] = await db
        .select({ id: accounts.id, teamId: accounts.teamId, ownerId: accounts.ownerId })
        .from(accounts)
        .where(eq(accounts.id, id));
      return row;
    },

    async findContact(id: string) {
      const [row] = await db
        .select({ id: contacts.id, accountId: contacts.accountId })
        .from(contacts)
        .where(eq(contacts.id, id));
      return row;
    },
  };
}
