// Leads from a file: statuses and channels read from the file's words, and each lead's response
// time counted in business minutes from its creation (as for leads typed in), re-import a no-op.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Lead } from "../../../contract/leads";
import { createTestApp } from "../../../test/http";
import { importFile } from "./imports-test-helpers";

const header = "外部ID,会社名,氏名,流入チャネル,ステータス,担当者,作成日時,初回対応日時";
const file = iconv.encode(
  `${[
    header,
    // Friday 17:30 → Monday 9:30: an hour of business time.
    "L-1,アルファ工業,山田 太郎,Web,対応中,member-a1@test.example,2026/12/04 17:30,2026/12/07 09:30",
    "L-2,ベータ商会,佐藤 花子,イベント,新規,member-a1@test.example,2026/12/07 10:00,",
    "L-3,ガンマ物産,鈴木 一郎,紹介,商談化,member-a1@test.example,2026/12/01 11:00,2026/12/01 11:05",
  ].join("\r\n")}\r\n`,
  "cp932",
);

describe("lead imports", async () => {
  const { login } = await createTestApp({ now: new Date("2026-12-07T06:00:00Z") });
  const admin = await login("admin@test.example");
  const member = await login("member-a1@test.example");
  const leads = async () =>
    ((await member.request("GET", "/api/v1/leads?sort=companyName&order=asc")).json().items as Lead[]).map(
      (l) => [l.companyName, l.channel, l.status, l.responseMinutes, l.responseDueAt, l.slaBreached],
    );

  it("reads Shift-JIS leads with their statuses, channels and business-minute response times", async () => {
    const run = await importFile(
      admin,
      { name: "leads.csv", content: file },
      { kind: "leads", preset: "susumu", dryRun: "false" },
    );
    expect(run.status, JSON.stringify(run.errors)).toBe("done");
    expect(run.counts).toMatchObject({ rows: 3, created: 3, invalid: 0 });
    expect(await leads()).toEqual([
      // Created Friday 17:30 with a 60-minute SLA: due Monday 9:30, answered then, in time.
      ["アルファ工業", "inbound_web", "working", 60, "2026-12-07T00:30:00.000Z", false],
      // Answered in five minutes, and handed off ("商談化").
      ["ガンマ物産", "referral", "handed_off", 5, "2026-12-01T03:00:00.000Z", false],
      // Created Monday 10:00, unanswered at 15:00: due 11:00 and breached now.
      ["ベータ商会", "event", "new", null, "2026-12-07T02:00:00.000Z", true],
    ]);
  });

  it("changes nothing on a second import of the same file", async () => {
    const run = await importFile(
      admin,
      { name: "leads.csv", content: file },
      { kind: "leads", preset: "susumu", dryRun: "false" },
    );
    expect(run.counts).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
  });
});
