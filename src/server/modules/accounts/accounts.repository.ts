import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { AccountListQuery } from "../../../contract/accounts";
import type { Executor } from "../../../db/client";
import { containsPattern } from "../../../db/like-pattern";
import { accounts, contacts, deals, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type AccountRepository = ReturnType<typeof createAccountRepository>;

export function createAccountRepository(db: Executor) {
  /** Open pipeline per account, counting only the deals the caller may see. */
  const openDeals = (scope: RecordScope) =>
    db
      .select({
        accountId: deals.accountId,
        openDeals: sql<number>`count(*)::int`.as("open_deals"),
        openAmount: sql<number>`coalesce(sum(${deals.amount}), 0)::bigint`.as("open_amount"),
      })
      .from(deals)
      .where(and(eq(deals.status, "open"), scopeCondition(scope, deals.teamId, deals.ownerId)))
      .groupBy(deals.accountId)
      .as("open_deals");

  const selectAccounts = (scope: RecordScope) => {
    const open = openDeals(scope);
    return {
      open,
      query: db
        .select({
          account: accounts,
          ownerName: users.name,
          openDeals: sql<number>`coalesce(${open.openDeals}, 0)`,
          openAmount: sql<number>`coalesce(${open.openAmount}, 0)`,
        })
        .from(accounts)
        .leftJoin(users, eq(users.id, accounts.ownerId))
        .leftJoin(open, eq(open.accountId, accounts.id)),
    };
  };

  return {
    async list(query: AccountListQuery, scope: RecordScope) {
      const pattern = query.q ? containsPattern(query.q) : undefined;
      const where = and(
        scopeCondition(scope, accounts.teamId, accounts.ownerId),
        query.industry ? eq(accounts.industry, query.industry) : undefined,
        query.teamId ? eq(accounts.teamId, query.teamId) : undefined,
        pattern ? or(ilike(accounts.name, pattern), ilike(accounts.nameKana, pattern)) : undefined,
      );
      const { open, query: select } = selectAccounts(scope);
      const field = query.sort.replace(/^-/, "");
      const column = {
        name: sql`${accounts.name}`,
        industry: sql`${accounts.industry}`,
        updatedAt: sql`${accounts.updatedAt}`,
        openAmount: sql`coalesce(${open.openAmount}, 0)`,
      }[field as "name"];
      const direction = query.sort.startsWith("-") ? sql`desc nulls last` : sql`asc nulls last`;
      const [items, [count]] = await Promise.all([
        select
          .where(where)
          .orderBy(sql`${column} ${direction}`, asc(accounts.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(accounts).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    async find(id: string, scope: RecordScope) {
      const [row] = await selectAccounts(scope).query.where(eq(accounts.id, id));
      return row;
    },

    async industries(scope: RecordScope) {
      const rows = await db
        .selectDistinct({ industry: accounts.industry })
        .from(accounts)
        .where(
          and(
            scopeCondition(scope, accounts.teamId, accounts.ownerId),
            sql`${accounts.industry} is not null`,
          ),
        )
        .orderBy(asc(accounts.industry));
      return rows.map((r) => r.industry as string);
    },

    contactsOf(accountId: string) {
      return db.select().from(contacts).where(eq(contacts.accountId, accountId)).orderBy(asc(contacts.name));
    },

    async insert(values: typeof accounts.$inferInsert) {
      const [row] = await db.insert(accounts).values(values).returning({ id: accounts.id });
      return row?.id as string;
    },

    async insertContact(values: typeof contacts.$inferInsert) {
      const [row] = await db.insert(contacts).values(values).returning({ id: contacts.id });
      return row?.id as string;
    },
  };
}
