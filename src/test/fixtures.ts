// A small hand-made organisation for service and HTTP tests: two teams under one department.
//   org ─ sales dept ─ team A (manager A, members A1, A2)
//                    └ team B (member B)
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { syncBuiltInKpis } from "../db/built-in-kpis";
import type { Db } from "../db/client";
import { accounts, contacts, deals, orgSettings, pipelines, stages, teams, users } from "../db/schema";

export const PASSWORD = "correct horse battery";
const passwordHash = hash(PASSWORD, { memoryCost: 1024, timeCost: 1 });

export async function createFixtureOrg(db: Db) {
  await syncBuiltInKpis(db);
  await db.insert(orgSettings).values({
    name: "テスト株式会社",
    memberVisibility: "team",
    lostReasons: [
      { key: "price", label: "価格", labelEn: "Price" },
      { key: "competitor", label: "競合", labelEn: "Competitor" },
    ],
  });
  const [org, dept] = await db
    .insert(teams)
    .values([
      { name: "テスト株式会社", kind: "org" as const },
      { name: "営業部", nameEn: "Sales", kind: "department" as const },
    ])
    .returning();
  await db
    .update(teams)
    .set({ parentId: org?.id })
    .where(eq(teams.id, dept?.id as string));
  const [teamA, teamB] = await db
    .insert(teams)
    .values([
      { name: "Aチーム", nameEn: "Team A", parentId: dept?.id },
      { name: "Bチーム", nameEn: "Team B", parentId: dept?.id },
    ])
    .returning();
  const h = await passwordHash;
  const person = (email: string, role: "admin" | "manager" | "member", teamId: string | undefined) => ({
    email,
    name: email.split("@")[0] as string,
    role,
    teamId,
    passwordHash: h,
  });
  const [admin, managerA, memberA1, memberA2, memberB] = await db
    .insert(users)
    .values([
      person("admin@test.example", "admin", org?.id),
      person("manager-a@test.example", "manager", teamA?.id),
      person("member-a1@test.example", "member", teamA?.id),
      person("member-a2@test.example", "member", teamA?.id),
      person("member-b@test.example", "member", teamB?.id),
    ])
    .returning();
  const [pipeline] = await db
    .insert(pipelines)
    .values({ name: "新規", nameEn: "New", isDefault: true })
    .returning();
  const stageRows = await db
    .insert(stages)
    .values(
      [
        ["lead", "リード獲得", "Lead", 10, "open"],
        ["first_meeting", "初回商談", "First meeting", 30, "open"],
        ["proposal", "提案・見積", "Proposal", 60, "open"],
        ["won", "受注", "Won", 100, "won"],
        ["lost", "失注", "Lost", 0, "lost"],
      ].map(([key, name, nameEn, probability, kind], i) => ({
        pipelineId: pipeline?.id as string,
        key: key as string,
        name: name as string,
        nameEn: nameEn as string,
        sortOrder: i,
        probability: probability as number,
        kind: kind as "open" | "won" | "lost",
      })),
    )
    .returning();
  const stage = (key: string) => stageRows.find((s) => s.key === key) as (typeof stageRows)[number];
  const [accountA, accountB] = await db
    .insert(accounts)
    .values([
      { name: "株式会社アルファ", industry: "製造", teamId: teamA?.id, ownerId: memberA1?.id },
      { name: "ベータ商事株式会社", industry: "小売", teamId: teamB?.id, ownerId: memberB?.id },
    ])
    .returning();
  const [contactA] = await db
    .insert(contacts)
    .values({ accountId: accountA?.id as string, name: "佐藤 部長", decisionRole: "decision_maker" })
    .returning();
  const deal = (name: string, owner: typeof memberA1, account: typeof accountA, amount: number) => ({
    name,
    ownerId: owner?.id as string,
    teamId: owner?.teamId as string,
    accountId: account?.id,
    pipelineId: pipeline?.id as string,
    stageId: stage("lead").id,
    probability: 10,
    amount,
    expectedCloseDate: "2026-12-15",
  });
  const [dealA1, dealA2, dealB] = await db
    .insert(deals)
    .values([
      deal("アルファ 生産管理システム導入", memberA1, accountA, 3_000_000),
      deal("アルファ 追加ライセンス", memberA2, accountA, 1_200_000),
      deal("ベータ POS 刷新", memberB, accountB, 8_000_000),
    ])
    .returning();
  return {
    teams: { org, dept, teamA, teamB },
    users: { admin, managerA, memberA1, memberA2, memberB },
    pipeline,
    stage,
    accounts: { accountA, accountB },
    contacts: { contactA },
    deals: { dealA1, dealA2, dealB },
  } as const;
}
