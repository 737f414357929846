// Leads with the names a list shows, their hand-off, and whether they breach the response SLA now;
// scoped like every record by team and owner.
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { LeadListQuery } from "../../../contract/leads";
import type { Executor } from "../../../db/client";
import { cursorBatches, inOrderOf } from "../../../db/cursor";
import { containsPattern } from "../../../db/like-pattern";
import { accounts, activities, handoffs, leads, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import { openLeadStatuses } from "../../../domain/inside-sales/lead-status";
import type { RecordScope } from "../../../domain/scope";

export type LeadRepository = ReturnType<typeof createLeadRepository>;
export type LeadRow = typeof leads.$inferSelect;
export type LeadInsert = typeof leads.$inferInsert;
export type LeadView = NonNullable<Awaited<ReturnType<LeadRepository["findView"]>>>;
export type LeadListFilter = Omit<LeadListQuery, "limit" | "offset">;

const owners = alias(users, "owner");
const fsOwners = alias(users, "fs_owner");
const open = sql.raw(`(${openLeadStatuses.map((s) => `'${s}'`).join(", ")})`);

/** Answered after the due time, or still unanswered (and open) with the due time passed. */
export const slaBreachedAt = (now: Date) =>
  sql<boolean>`coalesce(${leads.firstResponseAt} > ${leads.responseDueAt}
    or (${leads.firstResponseAt} is null and ${leads.status} in ${open} and ${leads.responseDueAt} < ${now}), false)`;

const viewColumns = (now: Date) => ({
  lead: leads,
  ownerName: owners.name,
  accountName: accounts.name,
  slaBreached: slaBreachedAt(now),
  handoff: {
    dealId: handoffs.dealId,
    fsOwnerId: handoffs.fsOwnerId,
    fsOwnerName: fsOwners.name,
    handedOffAt: handoffs.handedOffAt,
    rateBy: handoffs.rateBy,
    rating: handoffs.rating,
    reasons: handoffs.reasons,
    ratingComment: handoffs.ratingComment,
  },
});

/** The lead list's filters as one condition, so that the list and its export select the same leads. */
function listCondition(query: LeadListFilter, scope: RecordScope, within: RecordScope, now: Date) {
  const pattern = query.q ? containsPattern(query.q) : null;
  return and(
    scopeCondition(scope, leads.teamId, leads.ownerId),
    scopeCondition(within, leads.teamId, leads.ownerId),
    query.status ? eq(leads.status, query.status) : undefined,
    query.open === true ? sql`${leads.status} in ${open}` : undefined,
    query.open === false ? sql`${leads.status} not in ${open}` : undefined,
    query.channel ? eq(leads.channel, query.channel) : undefined,
    query.ownerId ? eq(leads.ownerId, query.ownerId) : undefined,
    query.slaBreached === true ? slaBreachedAt(now) : undefined,
    query.slaBreached === false ? sql`not ${slaBreachedAt(now)}` : undefined,
    query.answered === true ? sql`${leads.firstResponseAt} is not null` : undefined,
    query.answered === false ? sql`${leads.firstResponseAt} is null` : undefined,
    pattern
      ? or(
          ilike(leads.companyName, pattern),
          ilike(leads.contactName, pattern),
          ilike(leads.email, pattern),
          ilike(leads.phone, pattern),
        )
      : undefined,
  );
}

const sortColumns: Record<LeadListQuery["sort"], SQL> = {
  createdAt: sql`${leads.createdAt}`,
  responseDueAt: sql`${leads.responseDueAt}`,
  updatedAt: sql`${leads.updatedAt}`,
  companyName: sql`${leads.companyName}`,
};

export function createLeadRepository(db: Executor) {
  const selectView = (now: Date) =>
    db
      .select(viewColumns(now))
      .from(leads)
      .leftJoin(owners, eq(owners.id, leads.ownerId))
      .leftJoin(accounts, eq(accounts.id, leads.accountId))
      .leftJoin(handoffs, eq(handoffs.leadId, leads.id))
      .leftJoin(fsOwners, eq(fsOwners.id, handoffs.fsOwnerId));

  return {
    /** `within`: the scope asked for (a team subtree or an owner), inside what the caller may read. */
    async list(query: LeadListQuery, scope: RecordScope, within: RecordScope, now: Date) {
      const where = listCondition(query, scope, within, now);
      const column = sortColumns[query.sort];
      const [items, [count]] = await Promise.all([
        selectView(now)
          .where(where)
          .orderBy(
            query.order === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`,
            asc(leads.id),
          )
          .limit(query.limit)
          .offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(leads).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    /** Every lead of the list's filters, a batch at a time (exports; inside a transaction). */
    async *listAll(
      query: LeadListFilter,
      scope: RecordScope,
      within: RecordScope,
      now: Date,
      batchSize: number,
    ) {
      const ids = db
        .select({ id: leads.id })
        .from(leads)
        .where(listCondition(query, scope, within, now))
        .orderBy(desc(leads.createdAt), asc(leads.id));
      for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize)) {
        const views = await selectView(now).where(
          inArray(
            leads.id,
            batch.map((b) => b.id),
          ),
        );
        yield inOrderOf(batch, views, (v) => v.lead.id);
      }
    },

    /** Leads by id with their names, in the order of the ids. */
    async findViews(ids: { id: string }[], now: Date) {
      if (ids.length === 0) return [];
      const views = await selectView(now).where(
        inArray(
          leads.id,
          ids.map((r) => r.id),
        ),
      );
      return inOrderOf(ids, views, (v) => v.lead.id);
    },

    async findView(id: string, now: Date) {
      const [row] = await selectView(now).where(eq(leads.id, id));
      return row;
    },

    /** Locks the lead for the rest of the transaction. */
    async findForUpdate(id: string) {
      const [row] = await db.select().from(leads).where(eq(leads.id, id)).for("update");
      return row;
    },

    async insert(values: LeadInsert) {
      const [row] = await db.insert(leads).values(values).returning({ id: leads.id });
      return row?.id as string;
    },

    async update(id: string, values: Partial<LeadInsert>) {
      await db.update(leads).set(values).where(eq(leads.id, id));
    },

    /** The first call or e-mail logged against the lead, if any. */
    async firstTouch(leadId: string): Promise<Date | null> {
      const [row] = await db
        .select({ at: sql<Date | null>`min(${activities.occurredAt})` })
        .from(activities)
        .where(and(eq(activities.leadId, leadId), inArray(activities.kind, ["call", "email"])));
      return row?.at ? new Date(row.at) : null;
    },

    /** The open leads of an owner, the most urgent first: unanswered by their due time, then the
     *  longest untouched (the call list). */
    async callList(ownerId: string, limit: number) {
      return db
        .select({ id: leads.id })
        .from(leads)
        .where(and(eq(leads.ownerId, ownerId), inArray(leads.status, ["new", "working"])))
        .orderBy(
          sql`${leads.firstResponseAt} is not null`,
          asc(leads.responseDueAt),
          asc(leads.updatedAt),
          asc(leads.id),
        )
        .limit(limit);
    },

    async countCallList(ownerId: string) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(leads)
        .where(and(eq(leads.ownerId, ownerId), inArray(leads.status, ["new", "working"])));
      return row?.n ?? 0;
    },
  };
}
