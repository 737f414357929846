// Which outcomes each kind of activity may carry (SPEC.md section 2).
import { callOutcomes, emailOutcomes, meetingKinds, meetingOutcomes } from "./activity-outcomes";

type Kind = "call" | "email" | "visit" | "online_meeting" | "other";

export function outcomesFor(kind: Kind): readonly string[] | null {
  if (kind === "call") return callOutcomes;
  if (kind === "email") return emailOutcomes;
  if ((meetingKinds as readonly string[]).includes(kind)) return meetingOutcomes;
  return null;
}

/** An outcome fits its kind; "other" activities carry none. */
export function isOutcomeAllowed(kind: Kind, outcome: string | null | undefined): boolean {
  if (outcome == null) return true;
  return outcomesFor(kind)?.includes(outcome) ?? false;
}
