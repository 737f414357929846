import { describe, expect, it } from "vitest";
import { createStageMatcher, type MatchableStage } from "./stage-matching";

const stages: MatchableStage[] = [
  { id: "1", key: "lead", name: "リード獲得", nameEn: "Lead", probability: 10, kind: "open" },
  { id: "2", key: "first_meeting", name: "初回商談", nameEn: "First meeting", probability: 30, kind: "open" },
  { id: "3", key: "proposal", name: "提案・見積", nameEn: "Proposal", probability: 60, kind: "open" },
  { id: "4", key: "closing", name: "クロージング", nameEn: "Closing", probability: 80, kind: "open" },
  { id: "w", key: "won", name: "受注", nameEn: "Won", probability: 100, kind: "won" },
  { id: "l", key: "lost", name: "失注", nameEn: "Lost", probability: 0, kind: "lost" },
];

describe("stage names of a file", () => {
  it("maps Salesforce's standard names to the nearest stage by probability, and IsWon / IsClosed to won or lost", () => {
    const match = createStageMatcher(stages, "salesforce");
    expect(match("Prospecting")?.key).toBe("lead");
    expect(match("Needs Analysis")?.key).toBe("lead");
    expect(match("Value Proposition")?.key).toBe("proposal");
    expect(match("Negotiation/Review")?.key).toBe("closing");
    expect(match("Closed Won")?.key).toBe("won");
    expect(match("Anything", { isClosed: true, isWon: true })?.key).toBe("won");
    expect(match("Anything", { isClosed: true, isWon: false })?.key).toBe("lost");
    expect(match("Discovery")).toBeUndefined();
  });

  it("maps HubSpot's default pipeline, the pipeline's own names, and what the user mapped", () => {
    const match = createStageMatcher(stages, "hubspot", { ヒアリング中: "first_meeting", Discovery: "3" });
    expect(match("Qualified to Buy")?.key).toBe("first_meeting");
    expect(match("Contract Sent")?.key).toBe("closing");
    expect(match("closedlost")?.key).toBe("lost");
    expect(match("提案・見積")?.key).toBe("proposal");
    expect(match("proposal")?.key).toBe("proposal");
    expect(match("ヒアリング中")?.key).toBe("first_meeting");
    expect(match("discovery")?.key).toBe("proposal");
  });
});
