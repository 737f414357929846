// What the rules are evaluated on: the open deals and leads that may fire (narrowed in SQL, decided
// by domain/alerts), and the managers alerts go up to.
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { activities, deals, leads, stages, users } from "../../../db/schema";
import { openLeadStatuses } from "../../../domain/inside-sales/lead-status";

export type AlertFactsRepository = ReturnType<typeof createAlertFactsRepository>;
/** Now as the org sees it. */
export type AlertDay = { now: Date; today: string; timeZone: string };

const openLeads = sql.raw(`(${openLeadStatuses.map((s) => `'${s}'`).join(", ")})`);

export function createAlertFactsRepository(db: Executor) {
  /** Open deals of the teams (all when undefined) with nothing scheduled ahead, and more. */
  const openDealsWithoutNextStep = (
    teamIds: string[] | undefined,
    day: AlertDay,
    more: ReturnType<typeof sql>,
  ) =>
    db
      .select({
        id: deals.id,
        name: deals.name,
        ownerId: deals.ownerId,
        teamId: deals.teamId,
        status: deals.status,
        updatedOn: sql<string>`((${deals.updatedAt} at time zone ${day.timeZone})::date)::text`,
        nextMeetingDate: deals.nextMeetingDate,
        stageStaleDays: stages.staleDays,
      })
      .from(deals)
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .where(
        and(
          eq(deals.status, "open"),
          teamIds ? inArray(deals.teamId, teamIds) : undefined,
          sql`not exists (select 1 from ${activities} where ${activities.dealId} = ${deals.id} and ${activities.occurredAt} > ${day.now})`,
          more,
        ),
      )
      .orderBy(asc(deals.id));

  return {
    /** Deals not updated for more than `days` days (null: their stage's threshold), no next meeting ahead. */
    staleDeals(teamIds: string[] | undefined, day: AlertDay, days: number | null) {
      return openDealsWithoutNextStep(
        teamIds,
        day,
        sql`(${deals.nextMeetingDate} is null or ${deals.nextMeetingDate} < ${day.today}::date)
          and (${deals.updatedAt} at time zone ${day.timeZone})::date < ${day.today}::date - coalesce(${days}::int, ${stages.staleDays})::int`,
      );
    },

    /** Deals whose next meeting date is `days` days or more in the past. */
    meetingPassedDeals(teamIds: string[] | undefined, day: AlertDay, days: number) {
      return openDealsWithoutNextStep(
        teamIds,
        day,
        sql`${deals.nextMeetingDate} <= ${day.today}::date - ${days}::int`,
      );
    },

    /** Open leads with no response yet whose due time (the SLA's, or at least `minutes` after
     *  creation: business minutes pass no faster than the clock's) has come. */
    unansweredLeads(teamIds: string[] | undefined, now: Date, minutes: number | null) {
      return db
        .select({
          id: leads.id,
          companyName: leads.companyName,
          ownerId: leads.ownerId,
          teamId: leads.teamId,
          createdAt: leads.createdAt,
          firstResponseAt: leads.firstResponseAt,
          responseDueAt: leads.responseDueAt,
        })
        .from(leads)
        .where(
          and(
            isNull(leads.firstResponseAt),
            sql`${leads.status} in ${openLeads}`,
            teamIds ? inArray(leads.teamId, teamIds) : undefined,
            minutes === null
              ? lte(leads.responseDueAt, now)
              : sql`${leads.createdAt} <= ${now}::timestamptz - make_interval(mins => ${minutes}::int)`,
          ),
        )
        .orderBy(asc(leads.id));
    },

    /** Active managers and admins: who team alerts go to and escalations go up to. */
    managers() {
      return db
        .select({ id: users.id, teamId: users.teamId, role: users.role })
        .from(users)
        .where(and(eq(users.active, true), inArray(users.role, ["manager", "admin"])))
        .orderBy(asc(users.name), asc(users.id)) as Promise<
        { id: string; teamId: string | null; role: "manager" | "admin" }[]
      >;
    },
  };
}
