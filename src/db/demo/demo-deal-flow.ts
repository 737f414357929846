// The path of one deal through its pipeline: how long it stays in each stage, whether it moves on
// or is lost (and why), and whether it stalls — the stale deals of seed 000 (no update for a week
// or more, no next meeting). Pure: no rows, only the events.
import { DAY_MS, dayOfInstant, nextBusinessDay, tokyoInstant } from "./demo-calendar";
import type { PipelineRef, StageRef } from "./demo-context";
import type { Random } from "./demo-random";

export type FlowStep = {
  from: StageRef | null;
  to: StageRef;
  at: number;
  skipped: StageRef[];
  override: boolean;
};

export type DealFlow = {
  steps: FlowStep[];
  status: "open" | "won" | "lost";
  /** Open with no update and no next step for weeks. */
  stalled: boolean;
  lostReason: string | null;
  /** Last time someone touched the deal record (stalled deals stop being updated). */
  lastUpdate: number;
  /** Held meetings inside a stage, besides the ones that justify a move. */
  extraMeetings: number[];
  cancelledMeetings: number[];
};

export type FlowInput = {
  pipeline: PipelineRef;
  createdAt: number;
  cutoff: number;
  /** Multiplier of the chance to move forward at each stage (owner, industry, channel). */
  winFactor: number;
  cycleFactor: number;
  stuckRate: number;
  /** Set by inside sales: the first meeting is sometimes cancelled and rescheduled. */
  fromInsideSales: boolean;
};

type StageOdds = { forward: number; dwell: number; lost: [string, number][] };

const STAGE_ODDS: Record<string, StageOdds> = {
  lead: {
    forward: 0.87,
    dwell: 5,
    lost: [
      ["no_response", 40],
      ["timing", 30],
      ["no_budget", 15],
      ["other", 15],
    ],
  },
  first_meeting: {
    forward: 0.73,
    dwell: 10,
    lost: [
      ["timing", 30],
      ["no_budget", 25],
      ["missing_features", 15],
      ["competitor", 10],
      ["no_response", 10],
      ["other", 10],
    ],
  },
  problem_agreed: {
    forward: 0.75,
    dwell: 12,
    lost: [
      ["no_budget", 25],
      ["timing", 20],
      ["competitor", 20],
      ["missing_features", 20],
      ["other", 15],
    ],
  },
  proposal: {
    forward: 0.67,
    dwell: 14,
    lost: [
      ["price", 35],
      ["competitor", 30],
      ["no_decision", 15],
      ["missing_features", 10],
      ["timing", 10],
    ],
  },
  closing: {
    forward: 0.81,
    dwell: 10,
    lost: [
      ["no_decision", 35],
      ["price", 30],
      ["competitor", 25],
      ["timing", 10],
    ],
  },
  renewal_opportunity: {
    forward: 0.9,
    dwell: 12,
    lost: [
      ["no_budget", 40],
      ["missing_features", 30],
      ["competitor", 30],
    ],
  },
  renewal_proposal: {
    forward: 0.86,
    dwell: 14,
    lost: [
      ["price", 45],
      ["competitor", 35],
      ["no_budget", 20],
    ],
  },
  renewal_agreement: {
    forward: 0.95,
    dwell: 10,
    lost: [
      ["no_decision", 60],
      ["price", 40],
    ],
  },
};
const FALLBACK: StageOdds = { forward: 0.7, dwell: 10, lost: [["other", 1]] };
const FIRST_MEETING_CANCELLED = 0.08;
/** Japanese B2B cycles run 2-4 months from the first contact. */
const DWELL_SCALE = 1.3;
const SKIP_CHANCE = 0.03;
const OVERRIDE_CHANCE = 0.02;

export function simulateDealFlow(rng: Random, input: FlowInput): DealFlow {
  const { pipeline, cutoff } = input;
  const open = pipeline.openStages;
  const first = open[0] as StageRef;
  const flow: DealFlow = {
    steps: [{ from: null, to: first, at: input.createdAt, skipped: [], override: false }],
    status: "open",
    stalled: false,
    lostReason: null,
    lastUpdate: input.createdAt,
    extraMeetings: [],
    cancelledMeetings: [],
  };
  const stallAt = rng.chance(input.stuckRate) ? rng.int(0, open.length - 1) : -1;
  let stage = first;
  let t = input.createdAt;
  for (;;) {
    const odds = STAGE_ODDS[stage.key] ?? FALLBACK;
    if (stage.index === stallAt) return stall(rng, flow, { stage, lost: pipeline.lost, since: t, cutoff });
    let dwell = rng.logNormal(odds.dwell * DWELL_SCALE * input.cycleFactor, 0.55);
    if (stage.index === 0 && input.fromInsideSales && rng.chance(FIRST_MEETING_CANCELLED)) {
      flow.cancelledMeetings.push(meetingBetween(rng, t, t + dwell * DAY_MS));
      dwell += rng.between(3, 8);
    }
    const next = moveInstant(rng, t, dwell);
    if (next >= cutoff) break;
    if (dwell > 12 && rng.chance(0.35)) flow.extraMeetings.push(meetingBetween(rng, t, next));
    if (!rng.chance(Math.min(0.97, odds.forward * input.winFactor))) {
      flow.steps.push({ from: stage, to: pipeline.lost, at: next, skipped: [], override: false });
      flow.status = "lost";
      flow.lostReason = rng.pickWeighted(
        odds.lost.map(([key]) => key),
        odds.lost.map(([, w]) => w),
      );
      break;
    }
    const skip = stage.key === "first_meeting" && rng.chance(SKIP_CHANCE);
    const target = (skip ? open[stage.index + 2] : open[stage.index + 1]) ?? pipeline.won;
    const skipped = skip ? open.slice(stage.index + 1, stage.index + 2) : [];
    flow.steps.push({ from: stage, to: target, at: next, skipped, override: rng.chance(OVERRIDE_CHANCE) });
    t = next;
    if (target.kind === "won") {
      flow.status = "won";
      break;
    }
    stage = target;
  }
  flow.lastUpdate = lastStep(flow).at;
  return flow;
}

/** Nobody touches the deal again; after a few months a manager cleans it up as lost. */
function stall(
  rng: Random,
  flow: DealFlow,
  at: { stage: StageRef; lost: StageRef; since: number; cutoff: number },
): DealFlow {
  const { stage, lost, since, cutoff } = at;
  flow.stalled = true;
  flow.lastUpdate = Math.min(cutoff - DAY_MS, since + rng.between(0, 3) * DAY_MS);
  const cleanup = moveInstant(rng, since, rng.between(75, 150));
  if (cleanup < cutoff) {
    flow.steps.push({ from: stage, to: lost, at: cleanup, skipped: [], override: false });
    flow.status = "lost";
    flow.stalled = false;
    flow.lostReason = "no_response";
    flow.lastUpdate = cleanup;
  }
  return flow;
}

export function lastStep(flow: DealFlow): FlowStep {
  return flow.steps[flow.steps.length - 1] as FlowStep;
}

/** A business-hours instant `days` calendar days after `from`, on a business day. */
export function moveInstant(rng: Random, from: number, days: number): number {
  const day = nextBusinessDay(dayOfInstant(from) + Math.max(1, Math.round(days)));
  return tokyoInstant(day, 10 + rng.float() * 8);
}

function meetingBetween(rng: Random, from: number, to: number): number {
  const day = nextBusinessDay(dayOfInstant(from + (to - from) * rng.between(0.3, 0.7)));
  return tokyoInstant(day, 10 + rng.float() * 7);
}
