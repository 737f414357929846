import { describe, expect, it } from "vitest";
import type { Pipeline } from "../../../contract/directory";
import { createTestApp } from "../../../test/http";

describe("pipeline settings over HTTP", async () => {
  const { login, database, fixture } = await createTestApp();
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");

  type StageInput = Omit<Pipeline["stages"][number], "sortOrder" | "id"> & { id?: string };
  const toInput = (p: Pipeline): StageInput[] => p.stages.map(({ sortOrder: _, ...stage }) => stage);

  it("is for admins only", async () => {
    expect((await manager.request("GET", "/api/v1/pipeline-templates")).statusCode).toBe(403);
    expect(
      (await manager.request("POST", "/api/v1/pipelines", { name: "x", templateKey: "eight_step" }))
        .statusCode,
    ).toBe(403);
    const patch = await manager.request("PATCH", `/api/v1/pipelines/${fixture.pipeline?.id}`, {
      version: 1,
      name: "x",
    });
    expect(patch.statusCode).toBe(403);
  });

  it("offers the default B2B pipeline and seed 001's 8-step process as templates", async () => {
    const templates = (await admin.request("GET", "/api/v1/pipeline-templates")).json();
    expect(templates.map((t: { key: string }) => t.key)).toEqual(["new_business", "eight_step", "renewal"]);
    const b2b = templates[0].stages.map(
      (s: { name: string; probability: number }) => `${s.name} ${s.probability}`,
    );
    expect(b2b).toEqual([
      "リード獲得 10",
      "初回商談 30",
      "課題合意 45",
      "提案・見積 60",
      "クロージング 80",
      "受注 100",
      "失注 0",
    ]);
  });

  it("creates a pipeline from a template, edits its stages and audits every change", async () => {
    const created = await admin.request("POST", "/api/v1/pipelines", {
      name: "8ステップ",
      templateKey: "eight_step",
    });
    expect(created.statusCode).toBe(201);
    const pipeline = created.json() as Pipeline;
    expect(pipeline.stages).toHaveLength(7);
    expect(pipeline.isDefault).toBe(false);

    const stages = toInput(pipeline);
    const hearing = stages.find((s) => s.key === "hearing") as (typeof stages)[number];
    hearing.staleDays = 5;
    hearing.requiredFields = [...hearing.requiredFields, "bantBudget"];
    // Swap two stages' order and add one.
    const reordered = [stages[0], stages[2], stages[1], ...stages.slice(3)];
    reordered.splice(4, 0, {
      key: "poc",
      name: "PoC・トライアル",
      nameEn: "Proof of concept",
      probability: 65,
      kind: "open",
      entryConditions: [{ key: "poc_plan", label: "PoC計画に合意した", labelEn: "PoC plan agreed" }],
      requiredEvidence: [{ key: "pocPlanUrl", label: "PoC計画書URL", labelEn: "PoC plan URL", type: "url" }],
      requiredFields: [],
      staleDays: 14,
    });
    const edited = await admin.request("PATCH", `/api/v1/pipelines/${pipeline.id}`, {
      version: pipeline.version,
      nameEn: "Eight steps",
      isDefault: true,
      stages: reordered,
    });
    expect(edited.statusCode).toBe(200);
    const after = edited.json() as Pipeline;
    expect(after.stages.map((s) => s.key)).toEqual([
      "prospecting",
      "hearing",
      "appointment",
      "proposal",
      "poc",
      "closing",
      "won",
      "lost",
    ]);
    expect(after.stages.find((s) => s.key === "hearing")).toMatchObject({ staleDays: 5, id: hearing.id });
    expect(after).toMatchObject({ isDefault: true, version: pipeline.version + 1, nameEn: "Eight steps" });
    const pipelines = (await admin.request("GET", "/api/v1/pipelines")).json() as Pipeline[];
    expect(pipelines.filter((p) => p.isDefault).map((p) => p.id)).toEqual([pipeline.id]);

    const { rows } = await database.pool.query<{
      entity: string;
      action: string;
      changes: Record<string, unknown>;
    }>("select entity, action, changes from audit_log where entity in ('pipeline', 'stage') order by id");
    expect(rows.filter((r) => r.entity === "stage" && r.action === "create")).toHaveLength(8);
    const hearingChange = rows.find(
      (r) => r.action === "update" && r.entity === "stage" && "staleDays" in r.changes,
    );
    expect(hearingChange?.changes.staleDays).toEqual({ before: 10, after: 5 });
    expect(rows.find((r) => r.entity === "pipeline" && r.action === "update")?.changes).toMatchObject({
      nameEn: { before: "Sales process (8 steps)", after: "Eight steps" },
    });

    const stale = await admin.request("PATCH", `/api/v1/pipelines/${pipeline.id}`, {
      version: pipeline.version,
      name: "x",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
  });

  it("refuses an unusable pipeline and the removal of a stage that holds deals", async () => {
    const pipeline = (await admin.request("GET", "/api/v1/pipelines")).json()[0] as Pipeline;
    const stages = toInput(pipeline);
    const twoWon = await admin.request("PATCH", `/api/v1/pipelines/${pipeline.id}`, {
      version: pipeline.version,
      stages: stages.map((s) => (s.kind === "lost" ? { ...s, kind: "won" } : s)),
    });
    expect(twoWon.statusCode).toBe(422);
    expect(twoWon.json().error).toMatchObject({
      code: "PIPELINE_INVALID",
      details: {
        problems: [
          { problem: "won_stage_count", count: 2 },
          { problem: "lost_stage_count", count: 0 },
        ],
      },
    });
    const withoutLead = await admin.request("PATCH", `/api/v1/pipelines/${pipeline.id}`, {
      version: pipeline.version,
      stages: stages.filter((s) => s.key !== "lead"),
    });
    expect(withoutLead.statusCode).toBe(409);
    expect(withoutLead.json().error).toMatchObject({
      code: "STAGE_IN_USE",
      details: { stageKeys: ["lead"] },
    });
    const unknownTemplate = await admin.request("POST", "/api/v1/pipelines", {
      name: "x",
      templateKey: "nope",
    });
    expect(unknownTemplate.statusCode).toBe(422);
    const badKey = await admin.request("POST", "/api/v1/pipelines", {
      name: "x",
      stages: [{ key: "Bad Key", name: "a", nameEn: "a", probability: 10, kind: "open" }],
    });
    expect(badKey.statusCode).toBe(400);
  });
});
