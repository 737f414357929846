// Today's meetings of a person: the visits and online meetings logged for today, and the deals
// whose next meeting date is today (planned, perhaps not logged yet).
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { accounts, activities, deals } from "../../../db/schema";
import { meetingKinds } from "../../../domain/activity-outcomes";

export type MyDayRepository = ReturnType<typeof createMyDayRepository>;

export function createMyDayRepository(db: Executor) {
  return {
    async meetingsOn(userId: string, today: string, timeZone: string) {
      const [logged, planned] = await Promise.all([
        db
          .select({
            at: activities.occurredAt,
            kind: activities.kind,
            outcome: activities.outcome,
            subject: activities.subject,
            dealId: activities.dealId,
            dealName: deals.name,
            accountName: accounts.name,
          })
          .from(activities)
          .leftJoin(deals, eq(deals.id, activities.dealId))
          .leftJoin(accounts, eq(accounts.id, activities.accountId))
          .where(
            and(
              eq(activities.ownerId, userId),
              inArray(activities.kind, [...meetingKinds]),
              gte(activities.occurredAt, sql`(${today}::date::timestamp at time zone ${timeZone})`),
              lt(activities.occurredAt, sql`((${today}::date + 1)::timestamp at time zone ${timeZone})`),
            ),
          )
          .orderBy(activities.occurredAt),
        db
          .select({
            dealId: deals.id,
            dealName: deals.name,
            accountName: accounts.name,
            purpose: deals.nextMeetingPurpose,
          })
          .from(deals)
          .leftJoin(accounts, eq(accounts.id, deals.accountId))
          .where(and(eq(deals.ownerId, userId), eq(deals.status, "open"), eq(deals.nextMeetingDate, today))),
      ]);
      return { logged, planned };
    },
  };
}
