// The lists only exports read (contacts across accounts, leads), in keyset pages, scoped like every
// repository: contacts by their account's team and owner, leads by their own.
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { containsPattern } from "../../../db/like-pattern";
import { accounts, contacts } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type ExportRepository = ReturnType<typeof createExportRepository>;
export type ContactKey = { accountName: string; name: string; id: string };
/** `createdAt` as PostgreSQL's text: a JS Date would drop the microseconds the order depends on. */

export function createExportRepository(db: Executor) {
  return {
    /** Contacts of the accounts in `scope`, by account name, then name. */
    contactsPage(
      filter: { accountId?: string | undefined; q?: string | undefined },
      scope: RecordScope,
      after: ContactKey | undefined,
      limit: number,
    ) {
      const pattern = filter.q ? containsPattern(filter.q) : undefined;
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
  };
}
