import { describe, expect, it } from "vitest";
import { leads } from "../../../db/schema";
import { readCsv, readXlsx, sheetRows } from "../../../test/export-files";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";
import { wallClock } from "./table-export";

describe("account, contact, activity and lead exports over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  await database.db.insert(leads).values([
    {
      companyName: "ベータ見込み",
      channel: "event",
      ownerId: fixture.users.memberB?.id,
      teamId: fixture.teams.teamB?.id,
    },
    { companyName: '=HYPERLINK("x")', channel: "ad", status: "working", teamId: fixture.teams.teamA?.id },
  ]);
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberB = await login("member-b@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const teamB = `team:${fixture.teams.teamB?.id}`;

  it("exports accounts with their open pipeline as the list counts it, in scope", async () => {
    const all = sheetRows(
      (await readXlsx(await admin.request("GET", "/api/v1/accounts/export"))).worksheets[0] as never,
    );
    expect(all.rows.map((r) => r.会社名)).toEqual(["ベータ商事株式会社", "株式会社アルファ"]);
    const list = (await admin.request("GET", "/api/v1/accounts")).json();
    expect(all.rows.map((r) => r.進行中の見込み金額)).toEqual(
      list.items.map((a: { openAmount: number }) => a.openAmount),
    );
    const own = readCsv(await memberB.request("GET", "/api/v1/accounts/export?format=csv"));
    expect(own.rows.map((r) => r.会社名)).toEqual(["ベータ商事株式会社"]);
    const filtered = readCsv(
      await admin.request("GET", `/api/v1/accounts/export?format=csv&industry=${encodeURIComponent("製造")}`),
    );
    expect(filtered.rows.map((r) => r.業種)).toEqual(["製造"]);
  });

  it("exports the contacts of the accounts the caller may see", async () => {
    const mine = readCsv(await managerA.request("GET", "/api/v1/contacts/export?format=csv"));
    expect(mine.rows).toEqual([
      expect.objectContaining({ 取引先: "株式会社アルファ", 氏名: "佐藤 部長", 意思決定での役割: "決裁者" }),
    ]);
    expect(readCsv(await memberB.request("GET", "/api/v1/contacts/export?format=csv")).rows).toEqual([]);
    const byAccount = `/api/v1/contacts/export?format=csv&accountId=${fixture.accounts.accountA?.id}`;
    expect(readCsv(await memberB.request("GET", byAccount)).rows).toEqual([]);
  });

  it("exports every activity of the list's filters, with times in the org's zone", async () => {
    const query = `scope=user:${fixture.users.memberA1?.id}&from=2026-11-01&to=2026-11-20&metric=effectiveContacts`;
    const list = (await managerA.request("GET", `/api/v1/activities?${query}&limit=5`)).json();
    const csv = readCsv(await managerA.request("GET", `/api/v1/activities/export?format=csv&${query}`));
    expect(csv.rows).toHaveLength(list.total);
    expect(list.total).toBe(200);
    const first = list.items[0] as { id: string; occurredAt: string };
    expect(csv.rows[0]).toMatchObject({
      ID: first.id,
      種別: "電話",
      日時: wallClock(new Date(first.occurredAt), "Asia/Tokyo"),
    });
    const sheet = (await readXlsx(await managerA.request("GET", `/api/v1/activities/export?${query}`)))
      .worksheets[0];
    const when = sheetRows(sheet as never).rows[0]?.日時 as Date;
    expect(when.toISOString().slice(0, 19)).toBe(
      wallClock(new Date(first.occurredAt), "Asia/Tokyo").replace(" ", "T"),
    );
    const refused = await memberB.request("GET", `/api/v1/activities/export?scope=${teamA}`);
    expect(refused.statusCode).toBe(403);
    expect((await memberB.request("GET", `/api/v1/activities?scope=${teamA}`)).statusCode).toBe(403);
  });

  it("exports the leads the caller may read, filtered, and defuses formulas in CSV", async () => {
    const all = readCsv(await admin.request("GET", "/api/v1/leads/export?format=csv"));
    expect(all.rows.map((r) => r.会社名).sort()).toEqual(
      ['\'=HYPERLINK("x")', "ベータ見込み", "株式会社アルファ"].sort(),
    );
    const own = readCsv(await memberB.request("GET", "/api/v1/leads/export?format=csv"));
    expect(own.rows.map((r) => [r.会社名, r.流入経路, r.状況])).toEqual([
      ["ベータ見込み", "イベント・セミナー", "新規"],
    ]);
    const teamAOnly = readCsv(
      await managerA.request("GET", "/api/v1/leads/export?format=csv&status=working"),
    );
    expect(teamAOnly.rows.map((r) => r.状況)).toEqual(["対応中"]);
    expect((await managerA.request("GET", `/api/v1/leads/export?scope=${teamB}`)).statusCode).toBe(403);
    // In .xlsx the text stays text: no formula is written.
    const sheet = (await readXlsx(await admin.request("GET", "/api/v1/leads/export?channel=ad")))
      .worksheets[0];
    expect(sheetRows(sheet as never).rows.map((r) => r.会社名)).toEqual(['=HYPERLINK("x")']);
  });
});
