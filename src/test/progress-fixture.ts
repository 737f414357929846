// Activities, closed deals and targets on top of the fixture org for the progress tests: seed 002's
// decomposition example for member A1 in October 2026 (1,200 calls, 360 effective contacts, 12 meetings
// set against targets of 1,200 / 360 / 20), a volume shortfall for member A2, a little for team B,
// and part of November. Rows go straight into the tables: the rollup triggers count them.
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { accounts, activities, deals, leads, targets } from "../db/schema";
import { isBusinessDay } from "../domain/business-days";
import { addDays } from "../domain/calendar";
import type { createFixtureOrg } from "./fixtures";

type Fixture = Awaited<ReturnType<typeof createFixtureOrg>>;

/** Business days of a month, from its first day to `until`. */
function businessDays(from: string, until: string) {
  const days: string[] = [];
  for (let d = from; d <= until; d = addDays(d, 1)) if (isBusinessDay(d)) days.push(d);
  return days;
}

export async function addProgressData(db: Db, fixture: Fixture) {
  const { memberA1, memberA2, memberB } = fixture.users;
  const { teamA, teamB } = fixture.teams;
  const [lead] = await db
    .insert(leads)
    .values({
      companyName: "株式会社アルファ",
      accountId: fixture.accounts.accountA?.id,
      channel: "inbound_web",
      ownerId: memberA1?.id,
      teamId: teamA?.id,
    })
    .returning();
  await db
    .update(accounts)
    .set({ sizeBand: "50-299" })
    .where(eq(accounts.id, fixture.accounts.accountA?.id as string));

  const calls = (
    owner: typeof memberA1,
    days: string[],
    counts: { appointment_set: number; effective_contact: number; not_reached: number },
    leadCalls = 0,
  ) => {
    const outcomes = Object.entries(counts).flatMap(([outcome, n]) => Array<string>(n).fill(outcome));
    return outcomes.map((outcome, i) => ({
      kind: "call" as const,
      outcome,
      // Spread over the business days, 9:00-17:59 in Tokyo (UTC+9).
      occurredAt: new Date(`${days[i % days.length]}T${String((i % 9) + 0).padStart(2, "0")}:15:00Z`),
      ownerId: owner?.id as string,
      teamId: owner?.teamId as string,
      leadId: i < leadCalls ? lead?.id : null,
    }));
  };
  const october = businessDays("2026-10-01", "2026-10-31");
  const november = businessDays("2026-11-01", "2026-11-20");
  const rows = [
    ...calls(memberA1, october, { appointment_set: 12, effective_contact: 348, not_reached: 840 }, 300),
    ...calls(memberA2, october, { appointment_set: 10, effective_contact: 140, not_reached: 450 }),
    ...calls(memberB, october, { appointment_set: 3, effective_contact: 27, not_reached: 70 }),
    ...calls(memberA1, november, { appointment_set: 10, effective_contact: 190, not_reached: 500 }),
  ];
  for (let i = 0; i < rows.length; i += 500) await db.insert(activities).values(rows.slice(i, i + 500));

  const closed = (owner: typeof memberA1, status: "won" | "lost", amount: number, closedAt: string) => ({
    name: `${status} ${closedAt}`,
    ownerId: owner?.id as string,
    teamId: owner?.teamId as string,
    pipelineId: fixture.pipeline?.id as string,
    stageId: fixture.stage(status).id,
    status,
    amount,
    probability: status === "won" ? 100 : 0,
    createdAt: new Date("2026-09-01T01:00:00Z"),
    closedAt: new Date(closedAt),
  });
  await db.insert(deals).values([
    closed(memberA1, "won", 3_000_000, "2026-10-15T03:00:00Z"),
    closed(memberA1, "lost", 2_000_000, "2026-10-20T03:00:00Z"),
    closed(memberA1, "won", 5_000_000, "2026-11-10T03:00:00Z"),
    {
      ...closed(memberA1, "won", 4_000_000, "2026-11-10T03:00:00Z"),
      name: "アルファ 今月クロージング",
      stageId: fixture.stage("proposal").id,
      status: "open" as const,
      probability: 30,
      closedAt: null,
      expectedCloseDate: "2026-11-28",
      nextMeetingDate: "2026-11-25",
    },
  ]);

  const target = (
    kpiKey: string,
    month: string,
    value: number,
    scope: { teamId?: string; userId?: string },
  ) => ({
    kpiKey,
    periodKind: "month" as const,
    periodStart: `${month}-01`,
    scopeKind: scope.userId ? ("user" as const) : ("team" as const),
    teamId: scope.teamId ?? null,
    userId: scope.userId ?? null,
    value,
  });
  const a1 = { userId: memberA1?.id as string };
  const a2 = { userId: memberA2?.id as string };
  const team = { teamId: teamA?.id as string };
  await db
    .insert(targets)
    .values([
      target("calls", "2026-10", 1200, a1),
      target("effectiveContacts", "2026-10", 360, a1),
      target("meetingsSet", "2026-10", 20, a1),
      target("calls", "2026-10", 1000, a2),
      target("calls", "2026-10", 2200, team),
      target("revenue", "2026-10", 10_000_000, team),
      target("calls", "2026-11", 1200, a1),
      target("calls", "2026-11", 2400, team),
      target("revenue", "2026-11", 20_000_000, team),
      target("calls", "2026-10", 100, { teamId: teamB?.id as string }),
    ]);
  return { lead };
}
