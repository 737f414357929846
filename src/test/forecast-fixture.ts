// Closed history and open deals for the forecast tests, on top of the fixture org (today: Tuesday
// 10 November 2026 in Tokyo). Forty closed deals of team A passed through 提案・見積 (proposal), each
// 10 days there before closing: 24 won, 16 lost, so an open proposal-stage deal is won 60% of the
// time, within 10 days. Only 20 of them passed through リード獲得 (lead) first: too few, so lead-stage
// deals fall back to their own probability and close date. Six of the wins closed in September and
// six in October (6,000,000 each month).
import type { Db } from "../db/client";
import { dealStageHistory, deals, targets } from "../db/schema";
import type { createFixtureOrg } from "./fixtures";

type Fixture = Awaited<ReturnType<typeof createFixtureOrg>>;

const DAY = 86_400_000;

export async function addForecastData(db: Db, fixture: Fixture) {
  const { memberA1, memberA2 } = fixture.users;
  const a1 = memberA1 as NonNullable<typeof memberA1>;
  const a2 = memberA2 as NonNullable<typeof memberA2>;
  const stage = (key: string) => fixture.stage(key).id;
  const base = {
    ownerId: a1.id,
    teamId: a1.teamId as string,
    pipelineId: fixture.pipeline?.id as string,
  };

  // A close every 3 days from 1 July to 26 October; six wins (6,000,000) in September and in October.
  const history: (typeof dealStageHistory.$inferInsert)[] = [];
  for (let i = 0; i < 40; i++) {
    const won = i % 5 !== 0 && i % 5 !== 3; // 24 of 40 won (i mod 5 in {1, 2, 4})
    const closedAt = new Date(Date.parse("2026-07-01T03:00:00Z") + i * 3 * DAY);
    const enteredProposal = new Date(closedAt.getTime() - 10 * DAY);
    const created = new Date(enteredProposal.getTime() - 5 * DAY);
    const [deal] = await db
      .insert(deals)
      .values({
        ...base,
        name: `過去案件 ${i + 1}`,
        stageId: stage(won ? "won" : "lost"),
        status: won ? "won" : "lost",
        amount: 1_000_000,
        probability: won ? 100 : 0,
        createdAt: created,
        stageEnteredAt: closedAt,
        closedAt,
      })
      .returning();
    const dealId = deal?.id as string;
    const throughLead = i < 20;
    if (throughLead)
      history.push({ dealId, fromStageId: null, toStageId: stage("lead"), changedAt: created });
    history.push({
      dealId,
      fromStageId: throughLead ? stage("lead") : null,
      toStageId: stage("proposal"),
      changedAt: enteredProposal,
    });
    history.push({
      dealId,
      fromStageId: stage("proposal"),
      toStageId: stage(won ? "won" : "lost"),
      changedAt: closedAt,
    });
  }
  await db.insert(dealStageHistory).values(history.map((h) => ({ ...h, ownerId: a1.id, teamId: a1.teamId })));

  const [wonThisMonth, proposal, lead] = await db
    .insert(deals)
    .values([
      {
        ...base,
        name: "今月受注済み",
        stageId: stage("won"),
        status: "won" as const,
        amount: 2_000_000,
        probability: 100,
        createdAt: new Date("2026-10-01T03:00:00Z"),
        closedAt: new Date("2026-11-05T03:00:00Z"),
      },
      {
        ...base,
        name: "提案中 4百万",
        stageId: stage("proposal"),
        amount: 4_000_000,
        probability: 50,
        probabilityReason: "予算確定待ち",
        expectedCloseDate: "2026-11-28",
        createdAt: new Date("2026-10-20T03:00:00Z"),
        stageEnteredAt: new Date("2026-11-08T03:00:00Z"),
      },
      {
        ...base,
        ownerId: a2.id,
        name: "リード 百万",
        stageId: stage("lead"),
        amount: 1_000_000,
        probability: 20,
        probabilityReason: "紹介案件",
        expectedCloseDate: "2026-11-25",
        createdAt: new Date("2026-11-02T03:00:00Z"),
        stageEnteredAt: new Date("2026-11-02T03:00:00Z"),
      },
    ])
    .returning();
  await db.insert(targets).values({
    kpiKey: "revenue",
    periodKind: "month",
    periodStart: "2026-11-01",
    scopeKind: "team",
    teamId: a1.teamId,
    value: 10_000_000,
  });
  return {
    wonThisMonth: wonThisMonth as NonNullable<typeof wonThisMonth>,
    proposal: proposal as NonNullable<typeof proposal>,
    lead: lead as NonNullable<typeof lead>,
  };
}
