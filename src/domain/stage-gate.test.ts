import { describe, expect, it } from "vitest";
import { defaultB2bPipeline, defaultLostReasons } from "./pipeline-templates";
import { checkStageGate, type GateInput, isValidEvidence, needsProbabilityReason } from "./stage-gate";

const stages = defaultB2bPipeline.stages.map((s) => ({ ...s, id: s.key }));
const stage = (key: string) => stages.find((s) => s.key === key) as (typeof stages)[number];
const lostReasonKeys = defaultLostReasons.map((r) => r.key);

/** Everything the proposal stage asks for. */
const proposalReady = {
  conditions: ["proposal_sent", "next_meeting_agreed"],
  evidence: { proposalUrl: "https://drive.example.com/proposal.pdf" },
  deal: { amount: 3_000_000, expectedCloseDate: "2026-12-20", nextMeetingDate: "2026-11-30" },
};

const move = (from: string, to: string, supplied: Partial<GateInput> = {}) =>
  checkStageGate({
    stages,
    from: stage(from),
    to: stage(to),
    deal: {},
    conditions: [],
    evidence: {},
    lostReason: null,
    lostReasonKeys,
    ...supplied,
  });

const keysOf = (result: ReturnType<typeof move>) => result.missing.map((m) => `${m.kind}:${m.key}`);

describe("the stage gate", () => {
  it("lists every condition, evidence and field the target stage lacks (seed 000: 提案・見積 needs the proposal URL)", () => {
    const result = move("problem_agreed", "proposal");
    expect(result.direction).toBe("forward");
    expect(keysOf(result)).toEqual([
      "condition:proposal_sent",
      "condition:next_meeting_agreed",
      "evidence:proposalUrl",
      "field:amount",
      "field:expectedCloseDate",
      "field:nextMeetingDate",
    ]);
    const proposalUrl = result.missing.find((m) => m.key === "proposalUrl");
    expect(proposalUrl).toMatchObject({ label: "提案書URL", labelEn: "Proposal URL", stageKey: "proposal" });
  });

  it("passes when everything is supplied", () => {
    expect(move("problem_agreed", "proposal", proposalReady).missing).toEqual([]);
  });

  it("refuses evidence that is not what it claims to be", () => {
    const notUrl = move("problem_agreed", "proposal", {
      ...proposalReady,
      evidence: { proposalUrl: "提案書送付済み" },
    });
    expect(keysOf(notUrl)).toEqual(["evidence:proposalUrl"]);
    expect(isValidEvidence("url", "javascript:alert(1)")).toBe(false);
    expect(isValidEvidence("date", "2026-02-30x")).toBe(false);
    expect(isValidEvidence("text", "   ")).toBe(false);
  });

  it("requires the gate of every stage skipped on a forward move", () => {
    const result = move("lead", "proposal", proposalReady);
    expect(result.gatedStages.map((s) => s.key)).toEqual(["first_meeting", "problem_agreed", "proposal"]);
    const stagesAsking = new Set(result.missing.map((m) => m.stageKey));
    expect(stagesAsking).toEqual(new Set(["first_meeting", "problem_agreed"]));
    expect(keysOf(result)).toContain("evidence:minutesUrl");
    expect(keysOf(result)).toContain("field:decisionMakerId");
  });

  it("asks once for a field that several skipped stages require", () => {
    const result = move("lead", "proposal");
    const nextMeeting = keysOf(result).filter((k) => k === "field:nextMeetingDate");
    expect(nextMeeting).toHaveLength(1);
  });

  it("lets a deal move backward freely", () => {
    expect(move("proposal", "first_meeting")).toEqual({
      direction: "backward",
      gatedStages: [],
      missing: [],
      closingFacts: [],
    });
  });

  it("needs a lost reason from the pick list to lose a deal, from any stage", () => {
    expect(keysOf(move("first_meeting", "lost"))).toEqual(["field:lostReason"]);
    expect(keysOf(move("first_meeting", "lost", { lostReason: "weather" }))).toEqual(["field:lostReason"]);
    expect(move("first_meeting", "lost", { lostReason: "competitor" }).missing).toEqual([]);
  });

  it("needs the amount and the close date to win, and the gates of any stage skipped on the way", () => {
    const fromClosing = move("closing", "won", { deal: {} });
    expect(keysOf(fromClosing)).toEqual(expect.arrayContaining(["field:amount", "field:expectedCloseDate"]));
    const ready = move("closing", "won", { deal: { amount: 1, expectedCloseDate: "2026-11-30" } });
    expect(ready.missing.filter((m) => m.kind === "field")).toEqual([]);
    // Asked for by an earlier stage too, the amount is still a closing fact no override replaces.
    expect(move("lead", "won").closingFacts.map((m) => m.key)).toEqual(["amount", "expectedCloseDate"]);
    const skipping = move("proposal", "won", { deal: { amount: 1, expectedCloseDate: "2026-11-30" } });
    expect(skipping.gatedStages.map((s) => s.key)).toEqual(["closing", "won"]);
    expect(skipping.missing.some((m) => m.stageKey === "closing")).toBe(true);
  });

  it("reopening a closed deal asks for the target stage's gate only", () => {
    const result = move("lost", "first_meeting");
    expect(result.direction).toBe("reopen");
    expect(new Set(result.missing.map((m) => m.stageKey))).toEqual(new Set(["first_meeting"]));
  });
});

describe("probability away from the stage default", () => {
  it("needs a reason", () => {
    expect(needsProbabilityReason(70, 60, null)).toBe(true);
    expect(needsProbabilityReason(70, 60, "決裁者が前向き、予算確保済み")).toBe(false);
    expect(needsProbabilityReason(60, 60, null)).toBe(false);
  });
});
