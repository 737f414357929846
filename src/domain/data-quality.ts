// Data quality (入力精度, SPEC.md C12, seed 000): how complete and how current each person's deals are,
// and how often their stage changes carried the evidence their gate asks for.
import { daysBetween } from "./calendar";
import { ratio } from "./ratio";
import type { Staleness } from "./stale";

/** The seven fields a rep keeps current (seed 000); name and probability always have a value. */
export const sevenFields = [
  "name",
  "amount",
  "probability",
  "nextMeetingDate",
  "nextMeetingPurpose",
  "decisionMakerId",
  "minutesUrl",
] as const;
export type SevenField = (typeof sevenFields)[number];

export function missingSevenFields(deal: Record<SevenField, unknown>): SevenField[] {
  return sevenFields.filter((field) => {
    const value = deal[field];
    return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  });
}

export type OpenDealFacts = {
  missing: SevenField[];
  updatedOn: string;
  staleDays: number;
  stale: Staleness;
};

export type StageChangeFacts = {
  forward: boolean;
  fullEvidence: boolean;
  overridden: boolean;
  count: number;
};

export type QualityFigures = {
  openDeals: number;
  fieldCompleteness: number | null;
  updatedWithinThreshold: number | null;
  staleDeals: number;
  stageChanges: number;
  evidenceCoverage: number | null;
  overrides: number;
};

export function qualityFigures(
  openDeals: OpenDealFacts[],
  changes: StageChangeFacts[],
  today: string,
): QualityFigures {
  const filled = openDeals.reduce((sum, d) => sum + sevenFields.length - d.missing.length, 0);
  const current = openDeals.filter((d) => daysBetween(d.updatedOn, today) <= d.staleDays).length;
  const forward = changes.filter((c) => c.forward);
  const sum = (list: StageChangeFacts[]) => list.reduce((n, c) => n + c.count, 0);
  return {
    openDeals: openDeals.length,
    fieldCompleteness: ratio(filled, openDeals.length * sevenFields.length),
    updatedWithinThreshold: ratio(current, openDeals.length),
    staleDeals: openDeals.filter((d) => d.stale !== null).length,
    stageChanges: sum(changes),
    evidenceCoverage: ratio(sum(forward.filter((c) => c.fullEvidence)), sum(forward)),
    overrides: sum(changes.filter((c) => c.overridden)),
  };
}
