// Activity kinds and the outcomes each kind records (domain/activity-outcomes.ts), for pickers and
// labels in the UI language. An outcome the UI does not know is shown as it is.

import type { TFunction } from "i18next";
import { type ActivityMetric, activityMetrics } from "../../../contract/activities";
import { callOutcomes, emailOutcomes, meetingOutcomes } from "../../../domain/activity-outcomes";
import type { ActivityKind } from "../../api/activities";

export const activityKinds: ActivityKind[] = ["call", "email", "visit", "online_meeting", "other"];

const outcomesByKind: Record<ActivityKind, readonly string[]> = {
  call: callOutcomes,
  email: emailOutcomes,
  visit: meetingOutcomes,
  online_meeting: meetingOutcomes,
  other: [],
};

const allOutcomes = [...callOutcomes, ...emailOutcomes, ...meetingOutcomes] as const;
type Outcome = (typeof allOutcomes)[number];

/** The outcomes a kind records; every outcome when no kind is chosen. */
export function outcomesOf(kind: ActivityKind | null | undefined): readonly string[] {
  return kind ? outcomesByKind[kind] : allOutcomes;
}

export function isActivityKind(value: string | undefined | null): value is ActivityKind {
  return (activityKinds as (string | undefined | null)[]).includes(value);
}

export function outcomeLabel(t: TFunction, outcome: string | null): string {
  if (!outcome) return "—";
  return (allOutcomes as readonly string[]).includes(outcome)
    ? t(`activities.outcomes.${outcome as Outcome}`)
    : outcome;
}

export const kindColors: Record<ActivityKind, string> = {
  call: "brand",
  email: "grape",
  visit: "teal",
  online_meeting: "cyan",
  other: "gray",
};

export const isActivityMetric = (value: string | undefined): value is ActivityMetric =>
  (activityMetrics as readonly string[]).includes(value ?? "");
