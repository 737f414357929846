// The lists only exports read (contacts across accounts, leads), in keyset pages, scoped like every
// repository: contacts by their account's team and owner, leads by their own.
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import type { LeadExportQuery } from "../../../contract/exports";
import type { Executor } from "../../../db/client";
import { accounts, contacts, leads, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type ExportRepository = ReturnType<typeof createExportRepository>;
export type ContactKey = { accountName: string; name: string; id: string };
/** `createdAt` as PostgreSQL's text: a JS Date would drop the microseconds the order depends on. */
export type LeadKey = { createdAt: string; id: string };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createExportRepository(db: Executor) {
  return {
    /** Contacts of the accounts in `scope`, by account name, then name. */
    contactsPage(
      filter: { accountId?: string | undefined; q?: string | undefined },
      scope: RecordScope,
      after: ContactKey | undefined,
      limit: number,
    ) {
      const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
      return db
        .select({ contact: contacts, accountName: accounts.name })
        .from(contacts)
        .innerJoin(accounts, eq(accounts.id, contacts.accountId))
        .where(
          and(
            scopeCondition(scope, accounts.teamId, accounts.ownerId),
            filter.accountId ? eq(contacts.accountId, filter.accountId) : undefined,
            pattern
              ? or(
                  ilike(contacts.name, pattern),
                  ilike(contacts.email, pattern),
                  ilike(accounts.name, pattern),
                )
              : undefined,
            after
              ? sql`(${accounts.name}, ${contacts.name}, ${contacts.id}) > (${after.accountName}, ${after.name}, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(accounts.name), asc(contacts.name), asc(contacts.id))
        .limit(limit);
    },

    /** Leads in `scope` and `within` (the scope asked for), newest first. */
    leadsPage(
      filter: Pick<LeadExportQuery, "status" | "channel" | "ownerId">,
      scope: RecordScope,
      within: RecordScope,
      after: LeadKey | undefined,
      limit: number,
    ) {
      return db
        .select({
          lead: leads,
          key: sql<string>`${leads.createdAt}::text`,
          ownerName: users.name,
          accountName: accounts.name,
        })
        .from(leads)
        .leftJoin(users, eq(users.id, leads.ownerId))
        .leftJoin(accounts, eq(accounts.id, leads.accountId))
        .where(
          and(
            scopeCondition(scope, leads.teamId, leads.ownerId),
            scopeCondition(within, leads.teamId, leads.ownerId),
            filter.status ? eq(leads.status, filter.status) : undefined,
            filter.channel ? eq(leads.channel, filter.channel) : undefined,
            filter.ownerId ? eq(leads.ownerId, filter.ownerId) : undefined,
            after
              ? sql`(${leads.createdAt}, ${leads.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(desc(leads.createdAt), desc(leads.id))
        .limit(limit);
    },
  };
}
