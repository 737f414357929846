// The stage gate over HTTP, on the default B2B pipeline template (seed 000's gates).
import { describe, expect, it } from "vitest";
import type { Pipeline } from "../../../contract/directory";
import { createTestApp } from "../../../test/http";

describe("the stage gate over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const created = await admin.request("POST", "/api/v1/pipelines", {
    name: "新規開拓",
    templateKey: "new_business",
  });
  const pipeline = created.json() as Pipeline;
  const stage = (key: string) => pipeline.stages.find((s) => s.key === key)?.id as string;

  const newDeal = async (fields: Record<string, unknown> = {}) =>
    (
      await memberA1.request("POST", "/api/v1/deals", {
        name: `ゲート検証 ${Math.random()}`,
        pipelineId: pipeline.id,
        accountId: fixture.accounts.accountA?.id,
        ...fields,
      })
    ).json() as { id: string; version: number };

  const missingOf = (body: { error: { details: { missing: { kind: string; key: string }[] } } }) =>
    body.error.details.missing.map((m) => `${m.kind}:${m.key}`);

  it("refuses a move into 提案・見積 without the proposal URL, listing every missing item in the caller's language", async () => {
    const deal = await newDeal();
    const refused = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("proposal"),
      version: deal.version,
    });
    expect(refused.statusCode).toBe(422);
    const body = refused.json();
    expect(body.error.code).toBe("STAGE_GATE_UNMET");
    // Skipping 初回商談 and 課題合意 requires their gates too.
    expect(missingOf(body)).toEqual(
      expect.arrayContaining([
        "condition:meeting_held",
        "evidence:minutesUrl",
        "condition:problem_agreed",
        "field:decisionMakerId",
        "condition:proposal_sent",
        "evidence:proposalUrl",
        "field:nextMeetingDate",
      ]),
    );
    const proposalUrl = body.error.details.missing.find((m: { key: string }) => m.key === "proposalUrl");
    expect(proposalUrl).toMatchObject({ kind: "evidence", label: "提案書URL", stageKey: "proposal" });
    const english = await memberA1.request(
      "POST",
      `/api/v1/deals/${deal.id}/stage`,
      { stageId: stage("proposal"), version: deal.version },
      { "accept-language": "en" },
    );
    expect(
      english.json().error.details.missing.find((m: { key: string }) => m.key === "proposalUrl").label,
    ).toBe("Proposal URL");
  });

  it("does not let PATCH of stageId bypass the gate", async () => {
    const deal = await newDeal();
    const patched = await memberA1.request("PATCH", `/api/v1/deals/${deal.id}`, {
      version: deal.version,
      stageId: stage("proposal"),
    });
    expect(patched.statusCode).toBe(422);
    expect(patched.json().error.code).toBe("STAGE_GATE_UNMET");
    const after = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
    expect(after).toMatchObject({ stageId: stage("lead"), version: deal.version });
  });

  it("moves with the conditions, evidence and fields supplied, and keeps them in history", async () => {
    const deal = await newDeal({ nextMeetingDate: "2026-11-27", nextMeetingPurpose: "要件ヒアリング" });
    const moved = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("first_meeting"),
      version: deal.version,
      conditions: ["meeting_held", "situation_heard"],
      evidence: { minutesUrl: "https://docs.example.com/minutes/42" },
      fields: { minutesUrl: "https://docs.example.com/minutes/42" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      stageId: stage("first_meeting"),
      probability: 30,
      minutesUrl: "https://docs.example.com/minutes/42",
    });
    const detail = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
    const entry = detail.timeline.find(
      (e: { kind: string; toStageId: string }) =>
        e.kind === "stage" && e.toStageId === stage("first_meeting"),
    );
    expect(entry).toMatchObject({
      conditions: ["meeting_held", "situation_heard"],
      evidence: { minutesUrl: "https://docs.example.com/minutes/42" },
      overrideReason: null,
      actorName: "member-a1",
    });
    const { rows } = await database.pool.query(
      "select changes from audit_log where entity = 'deal' and entity_id = $1 and action = 'update' and changes ? 'stageId'",
      [deal.id],
    );
    expect(rows[0].changes.minutesUrl).toEqual({
      before: null,
      after: "https://docs.example.com/minutes/42",
    });
    expect(rows[0].changes.stageId).toEqual({ before: stage("lead"), after: stage("first_meeting") });
  });

  it("lets a manager force a move with a reason everyone sees, and refuses a member's override (403)", async () => {
    const deal = await newDeal();
    const byMember = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("proposal"),
      version: deal.version,
      overrideReason: "急ぎなので",
    });
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().error.code).toBe("FORBIDDEN");
    const byManager = await managerA.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("proposal"),
      version: deal.version,
      overrideReason: "先方の部長と口頭で合意済み。提案書は明日送付",
    });
    expect(byManager.statusCode).toBe(200);
    const detail = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
    const forced = detail.timeline.find((e: { toStageId?: string }) => e.toStageId === stage("proposal"));
    expect(forced).toMatchObject({
      kind: "stage",
      toStageId: stage("proposal"),
      overrideReason: "先方の部長と口頭で合意済み。提案書は明日送付",
      actorName: "manager-a",
    });
  });

  it("lets a deal move backward freely, recorded in history", async () => {
    const deal = await newDeal();
    const forced = (
      await admin.request("POST", `/api/v1/deals/${deal.id}/stage`, {
        stageId: stage("problem_agreed"),
        version: deal.version,
        overrideReason: "移行データ",
      })
    ).json();
    const back = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("first_meeting"),
      version: forced.version,
    });
    expect(back.statusCode).toBe(200);
    const detail = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
    const moves = detail.timeline.filter((e: { kind: string }) => e.kind === "stage");
    expect(moves.map((e: { toStageId: string }) => e.toStageId)).toEqual(
      expect.arrayContaining([stage("lead"), stage("problem_agreed"), stage("first_meeting")]),
    );
    expect(
      moves.find((e: { fromStageId: string }) => e.fromStageId === stage("problem_agreed")),
    ).toMatchObject({
      toStageId: stage("first_meeting"),
      actorName: "member-a1",
    });
  });

  it("needs a lost reason from the pick list to lose, which no override replaces", async () => {
    const deal = await newDeal();
    const noReason = await managerA.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("lost"),
      version: deal.version,
      overrideReason: "理由は後で",
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details).toMatchObject({ overridable: false });
    expect(missingOf(noReason.json())).toEqual(["field:lostReason"]);
    const lost = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("lost"),
      version: deal.version,
      lostReason: "price",
    });
    expect(lost.json()).toMatchObject({ status: "lost", lostReason: "price", probability: 0 });
  });

  it("needs the amount and the close date to win", async () => {
    const deal = await newDeal();
    const forced = await managerA.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("won"),
      version: deal.version,
      overrideReason: "契約書は郵送中",
    });
    expect(forced.statusCode).toBe(422);
    expect(missingOf(forced.json())).toEqual(
      expect.arrayContaining(["field:amount", "field:expectedCloseDate"]),
    );
    const won = await managerA.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("won"),
      version: deal.version,
      overrideReason: "契約書は郵送中",
      fields: { amount: 4_800_000, expectedCloseDate: "2026-11-20" },
    });
    expect(won.statusCode).toBe(200);
    expect(won.json()).toMatchObject({
      status: "won",
      amount: 4_800_000,
      closedAt: "2026-11-20T01:00:00.000Z",
    });
  });

  it("requires a reason for a probability away from the stage default, and keeps it", async () => {
    const deal = await newDeal();
    const noReason = await memberA1.request("PATCH", `/api/v1/deals/${deal.id}`, {
      version: deal.version,
      probability: 40,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe("PROBABILITY_REASON_REQUIRED");
    const withReason = await memberA1.request("PATCH", `/api/v1/deals/${deal.id}`, {
      version: deal.version,
      probability: 40,
      probabilityReason: "決裁者が同席し前向き",
    });
    expect(withReason.json()).toMatchObject({ probability: 40, probabilityReason: "決裁者が同席し前向き" });
    const detail = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
    const change = detail.timeline.find((e: { kind: string }) => e.kind === "field");
    expect(change.changes.probabilityReason).toEqual({ before: null, after: "決裁者が同席し前向き" });
  });

  it("flags stale deals with the reason and days, and lists them with ?stale=true", async () => {
    const missing = await newDeal();
    const ahead = await newDeal({ nextMeetingDate: "2026-11-30" });
    const past = await newDeal({ nextMeetingDate: "2026-11-13" });
    await database.pool.query("update deals set updated_at = '2026-10-01T00:00:00Z' where id = any($1)", [
      [missing.id, ahead.id],
    ]);
    const get = async (id: string) => (await memberA1.request("GET", `/api/v1/deals/${id}`)).json().stale;
    expect(await get(missing.id)).toEqual({ reason: "no_update", days: 50 });
    expect(await get(ahead.id)).toBeNull();
    expect(await get(past.id)).toEqual({ reason: "next_meeting_past", days: 7 });
    const stale = (await memberA1.request("GET", `/api/v1/deals?stale=true&limit=500`)).json();
    const ids = stale.items.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([missing.id, past.id]));
    expect(ids).not.toContain(ahead.id);
    expect(stale.items.every((d: { stale: unknown }) => d.stale !== null)).toBe(true);
    const fresh = (await memberA1.request("GET", `/api/v1/deals?stale=false&limit=500`)).json();
    expect(fresh.items.every((d: { stale: unknown }) => d.stale === null)).toBe(true);
  });
});
