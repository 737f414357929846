// Hand-offs (トスアップ): the deal a qualified lead became, the lead's story behind it, and the FS
// rep's rating.
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import { activities, deals, handoffs, leads, users } from "../../../db/schema";

export type HandoffRepository = ReturnType<typeof createHandoffRepository>;
export type HandoffRow = typeof handoffs.$inferSelect;

const isOwners = alias(users, "is_owner");
const actors = alias(users, "actor");

export function createHandoffRepository(db: Executor) {
  return {
    async insert(values: typeof handoffs.$inferInsert) {
      await db.insert(handoffs).values(values);
    },

    /** The hand-off behind a deal, with the lead it came from and the deal's scope. */
    async ofDeal(dealId: string, lock = false) {
      const query = db
        .select({
          handoff: handoffs,
          lead: leads,
          isOwnerName: isOwners.name,
          deal: { teamId: deals.teamId, ownerId: deals.ownerId },
        })
        .from(handoffs)
        .innerJoin(leads, eq(leads.id, handoffs.leadId))
        .innerJoin(deals, eq(deals.id, handoffs.dealId))
        .innerJoin(isOwners, eq(isOwners.id, handoffs.isOwnerId))
        .where(eq(handoffs.dealId, dealId));
      const [row] = await (lock ? query.for("update", { of: handoffs }) : query);
      return row;
    },

    /** The lead's calls, e-mails and meetings, newest first: what field sales inherits. */
    history(leadId: string) {
      return db
        .select({
          kind: activities.kind,
          outcome: activities.outcome,
          subject: activities.subject,
          note: activities.note,
          occurredAt: activities.occurredAt,
          ownerName: actors.name,
        })
        .from(activities)
        .innerJoin(actors, eq(actors.id, activities.ownerId))
        .where(eq(activities.leadId, leadId))
        .orderBy(desc(activities.occurredAt))
        .limit(200);
    },

    async rate(
      id: string,
      values: Pick<HandoffRow, "rating" | "reasons" | "ratingComment" | "ratedBy" | "ratedAt">,
    ) {
      await db.update(handoffs).set(values).where(eq(handoffs.id, id));
    },
  };
}
