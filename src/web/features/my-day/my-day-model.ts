// What "my day" derives from the server's answer: how far each daily target is and whether the day is
// on pace, how long a lead has been past its response SLA, and clock times in the org's time zone.
import type { MyDayLead, MyDayTarget } from "../../api/my-day";

/** Below this, a difference is floating-point noise (60 × 0.5 must be 30, not 30.000000000004). */
const epsilon = 1e-9;

export type TargetTone = "none" | "done" | "onPace" | "behind";

export const toneColors: Record<TargetTone, string> = {
  none: "gray",
  done: "teal",
  onPace: "teal",
  behind: "orange",
};

export type TargetProgress = {
  tone: TargetTone;
  /** done ÷ target as the bar's width, 0..100. */
  percent: number;
  /** Where a steady day would be now, as a position on the bar (0..100); null without a target. */
  marker: number | null;
  /** expectedByNow as a whole number of actions: done ≥ this is on pace. */
  expected: number | null;
};

/** The bar of one daily target: its width, the pace marker and its colour (done ≥ expected by now). */
export function targetProgress(target: MyDayTarget): TargetProgress {
  const { dailyTarget, done, expectedByNow } = target;
  if (dailyTarget === null) return { tone: "none", percent: 0, marker: null, expected: null };
  const expected = expectedByNow === null ? null : Math.max(0, Math.ceil(expectedByNow - epsilon));
  if (dailyTarget <= 0) return { tone: "done", percent: 100, marker: null, expected };
  const share = (value: number) => Math.min(100, Math.max(0, (value / dailyTarget) * 100));
  const tone: TargetTone =
    done >= dailyTarget
      ? "done"
      : expectedByNow === null || done >= expectedByNow - epsilon
        ? "onPace"
        : "behind";
  return {
    tone,
    percent: share(done),
    marker: expectedByNow === null ? null : share(expectedByNow),
    expected,
  };
}

export type Lateness = {
  /** Answered, but after the due time; otherwise still waiting for a first call or e-mail. */
  answered: boolean;
  unit: "minutes" | "hours" | "days";
  count: number;
};

/** How long past its response due time a lead is (or was when first answered), in the largest unit. */
export function slaLateness(
  lead: Pick<MyDayLead, "responseDueAt" | "firstResponseAt">,
  now: string,
): Lateness | null {
  if (!lead.responseDueAt) return null;
  const end = Date.parse(lead.firstResponseAt ?? now);
  const minutes = Math.max(0, Math.floor((end - Date.parse(lead.responseDueAt)) / 60_000));
  const answered = lead.firstResponseAt !== null;
  if (minutes < 60) return { answered, unit: "minutes", count: minutes };
  if (minutes < 24 * 60) return { answered, unit: "hours", count: Math.floor(minutes / 60) };
  return { answered, unit: "days", count: Math.floor(minutes / (24 * 60)) };
}

/** "14:05" in the org's time zone, whatever the browser's is. */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
}
