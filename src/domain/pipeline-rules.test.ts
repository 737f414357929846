import { describe, expect, it } from "vitest";
import { eightStepPipeline } from "./eight-step-pipeline";
import { pipelineProblems } from "./pipeline-rules";
import { defaultB2bPipeline, renewalPipeline } from "./pipeline-templates";

describe("pipeline rules", () => {
  it("accepts every built-in template", () => {
    for (const template of [defaultB2bPipeline, eightStepPipeline, renewalPipeline]) {
      expect(pipelineProblems(template.stages)).toEqual([]);
    }
  });

  it("needs an open stage, exactly one won and one lost stage, and unique keys", () => {
    const stage = (key: string, kind: "open" | "won" | "lost") => ({
      key,
      kind,
      entryConditions: [],
      requiredEvidence: [],
    });
    expect(pipelineProblems([stage("won", "won"), stage("a", "won")])).toEqual([
      { problem: "no_open_stage" },
      { problem: "won_stage_count", count: 2 },
      { problem: "lost_stage_count", count: 0 },
    ]);
    const withDuplicates = [
      stage("a", "open"),
      { ...stage("a", "open"), entryConditions: [{ key: "x" }, { key: "x" }] },
      stage("won", "won"),
      stage("lost", "lost"),
    ];
    expect(pipelineProblems(withDuplicates)).toEqual([
      { problem: "duplicate_key", key: "a" },
      { problem: "duplicate_key", key: "x" },
    ]);
  });

  it("follows seed 001's eight steps up to the order", () => {
    expect(eightStepPipeline.stages.map((s) => s.name)).toEqual([
      "見込み客の発掘",
      "アプローチ・アポイント獲得",
      "ヒアリング・ニーズ把握",
      "提案・プレゼンテーション",
      "クロージング（契約）",
      "受注処理・請求書送付",
      "失注",
    ]);
  });
});
