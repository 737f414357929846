// What the review pages share: which period each kind of sheet covers, the periods one may open a
// sheet for, the written parts of each kind, and the colours of an action's follow-up status.
import { type Period, type PeriodKind, periodContaining, previousPeriod } from "../../../domain/periods";
import type { ReviewActionStatus, ReviewKind } from "../../api/reviews";

export const reviewKinds: ReviewKind[] = ["daily", "weekly", "monthly"];
export const isReviewKind = (value: string | undefined): value is ReviewKind =>
  reviewKinds.includes(value as ReviewKind);

export const periodKindOf: Record<ReviewKind, PeriodKind> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
};

/** How many past periods the "open a sheet" picker offers besides the current one. */
const back: Record<ReviewKind, number> = { daily: 14, weekly: 8, monthly: 6 };

/** The current period of the kind first, then the ones before it. */
export function openablePeriods(kind: ReviewKind, today: string, fyStart: number): Period[] {
  const periods = [periodContaining(periodKindOf[kind], today, fyStart)];
  for (let i = 0; i < back[kind]; i++)
    periods.push(previousPeriod(periods[periods.length - 1] as Period, fyStart));
  return periods;
}

/** The written parts of each kind, in the order the sheet shows them. */
export const noteParts = {
  daily: ["wentWell", "wentBadly", "tomorrow"],
  weekly: ["bottleneck", "nextWeekFocus", "summary"],
  monthly: ["summary", "what", "why", "soWhat", "nowWhat", "crossTeam", "nextMonthStrategy"],
} as const satisfies Record<ReviewKind, readonly string[]>;
export type NotePart = (typeof noteParts)[ReviewKind][number];

export const actionStatuses: ReviewActionStatus[] = ["open", "in_progress", "done", "dropped"];
export const actionStatusColors: Record<ReviewActionStatus, string> = {
  open: "gray",
  in_progress: "blue",
  done: "teal",
  dropped: "orange",
};
export const kindColors: Record<ReviewKind, string> = { daily: "cyan", weekly: "brand", monthly: "grape" };
