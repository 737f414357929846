import { and, asc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import { activities, dealStageHistory, deals, stages, users } from "../../../db/schema";

export type DataQualityRepository = ReturnType<typeof createDataQualityRepository>;

const fromStages = alias(stages, "from_stage");

export function createDataQualityRepository(db: Executor) {
  return {
    people(filter: { teamIds?: string[]; userId?: string }) {
      return db
        .select({ id: users.id, name: users.name, nameEn: users.nameEn, teamId: users.teamId })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            filter.teamIds ? inArray(users.teamId, filter.teamIds) : undefined,
            filter.userId ? eq(users.id, filter.userId) : undefined,
          ),
        )
        .orderBy(asc(users.name));
    },

    async findPerson(id: string) {
      const [row] = await db
        .select({ id: users.id, teamId: users.teamId })
        .from(users)
        .where(eq(users.id, id));
      return row;
    },

    /** Open deals of these owners with what completeness and staleness are computed from. */
    openDeals(ownerIds: string[], day: { now: Date; timeZone: string }) {
      return db
        .select({
          id: deals.id,
          name: deals.name,
          ownerId: deals.ownerId,
          amount: deals.amount,
          probability: deals.probability,
          nextMeetingDate: deals.nextMeetingDate,
          nextMeetingPurpose: deals.nextMeetingPurpose,
          decisionMakerId: deals.decisionMakerId,
          minutesUrl: deals.minutesUrl,
          updatedAt: deals.updatedAt,
          updatedOn: sql<string>`((${deals.updatedAt} at time zone ${day.timeZone})::date)::text`,
          staleDays: stages.staleDays,
          scheduledAhead: sql<boolean>`exists (select 1 from ${activities} where ${activities.dealId} = ${deals.id} and ${activities.occurredAt} > ${day.now})`,
        })
        .from(deals)
        .innerJoin(stages, eq(stages.id, deals.stageId))
        .where(and(eq(deals.status, "open"), inArray(deals.ownerId, ownerIds)));
    },

    /** Stage changes since a date, grouped by what the evidence check needs (few groups, many rows). */
    stageChangeGroups(ownerIds: string[], since: Date) {
      return db
        .select({
          ownerId: dealStageHistory.ownerId,
          toStageId: dealStageHistory.toStageId,
          forward: sql<boolean>`${stages.kind} = 'won' or (${stages.kind} = 'open' and ${stages.sortOrder} > ${fromStages.sortOrder})`,
          conditions: dealStageHistory.conditions,
          evidenceKeys: sql<
            string[]
          >`array(select jsonb_object_keys(${dealStageHistory.evidence}) order by 1)`,
          overridden: sql<boolean>`${dealStageHistory.overrideReason} is not null`,
          count: sql<number>`count(*)::int`,
        })
        .from(dealStageHistory)
        .innerJoin(stages, eq(stages.id, dealStageHistory.toStageId))
        .innerJoin(fromStages, eq(fromStages.id, dealStageHistory.fromStageId))
        .where(
          and(
            inArray(dealStageHistory.ownerId, ownerIds),
            gte(dealStageHistory.changedAt, since),
            isNotNull(dealStageHistory.fromStageId),
          ),
        )
        .groupBy(sql`1, 2, 3, 4, 5, 6`);
    },

    stageGates: () =>
      db
        .select({
          id: stages.id,
          entryConditions: stages.entryConditions,
          requiredEvidence: stages.requiredEvidence,
        })
        .from(stages),
  };
}
