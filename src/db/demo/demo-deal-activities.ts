// Field-sales and customer-success activities on a deal: the meeting behind each move, extra and
// cancelled meetings, follow-up emails and calls, and the next meeting already booked.
import type { deals } from "../schema";
import { drawContactId } from "./demo-accounts";
import {
  type ActivityInput,
  buildActivity,
  CALL_HOURS,
  CUSTOMER_EMAIL,
  drawEmailOutcome,
  drawHour,
  MEETING_HOURS,
} from "./demo-activity-rows";
import { addBusinessDays, DAY_MS, dayOfInstant, parseDay, tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import type { DealFlow } from "./demo-deal-flow";
import type { DealOrigin } from "./demo-deals";
import type { Random } from "./demo-random";

const MEETING_SUBJECTS: Record<string, string> = {
  first_meeting: "初回商談",
  problem_agreed: "課題ヒアリング・要件確認",
  proposal: "提案・見積説明",
  closing: "条件調整・クロージング",
  won: "契約締結",
  lost: "最終確認",
  renewal_opportunity: "利用状況レビュー",
  renewal_proposal: "更新・追加提案",
  renewal_agreement: "更新条件の合意",
};
const HOUR = 3_600_000;

type DealScope = { row: typeof deals.$inferInsert; origin: DealOrigin; flow: DealFlow };

export function writeDealActivities(ctx: DemoContext, rng: Random, deal: DealScope) {
  const { flow, origin } = deal;
  const { cutoff } = ctx.calendar;
  const meeting = (
    at: number,
    outcome: "held" | "cancelled" | "scheduled",
    subject: string,
    createdAt?: number,
  ) => writeMeeting(ctx, rng, deal, { at, outcome, subject, createdAt });
  for (let i = 1; i < flow.steps.length; i++) {
    const step = flow.steps[i];
    const previous = flow.steps[i - 1];
    if (!step || !previous) continue;
    const key = step.to.key;
    const holdsMeeting = step.to.kind === "open" || (key === "won" ? rng.chance(0.5) : rng.chance(0.3));
    const dayStart = tokyoInstant(dayOfInstant(step.at), 9);
    const at = Math.max(previous.at + HOUR, dayStart, step.at - rng.between(0.5, 2.5) * HOUR);
    if (holdsMeeting) meeting(at, "held", MEETING_SUBJECTS[key] ?? "商談");
    else writeTouch(ctx, rng, deal, "email", step.at - HOUR);
  }
  if (origin.pipeline === ctx.pipelines.renewal) {
    const review = Math.max(tokyoInstant(dayOfInstant(origin.createdAt), 9), origin.createdAt - HOUR);
    meeting(review, "held", MEETING_SUBJECTS.renewal_opportunity ?? "");
  }
  for (const at of flow.extraMeetings) if (at < cutoff) meeting(at, "held", "定例打ち合わせ");
  for (const at of flow.cancelledMeetings) if (at < cutoff) meeting(at, "cancelled", "初回商談");
  writeFollowUps(ctx, rng, deal);
  const next = deal.row.nextMeetingDate;
  if (flow.status === "open" && !flow.stalled && next && parseDay(next) > ctx.calendar.today) {
    const at = tokyoInstant(parseDay(next), drawHour(rng, MEETING_HOURS, 18));
    meeting(
      at,
      "scheduled",
      deal.row.nextMeetingPurpose ?? "商談",
      Math.min(cutoff - HOUR, flow.lastUpdate + HOUR),
    );
  }
}

/** One email (and sometimes a call) after each move while the deal is alive. */
function writeFollowUps(ctx: DemoContext, rng: Random, deal: DealScope) {
  const { flow } = deal;
  const end =
    flow.status === "open" ? (flow.stalled ? flow.lastUpdate : ctx.calendar.cutoff) : flow.lastUpdate;
  for (const step of flow.steps) {
    if (step.to.kind !== "open") continue;
    const at = tokyoInstant(
      addBusinessDays(dayOfInstant(step.at), rng.int(1, 3)),
      drawHour(rng, MEETING_HOURS, 18),
    );
    if (at >= end) continue;
    if (rng.chance(ctx.config.dealTouches)) writeTouch(ctx, rng, deal, "email", at);
    if (rng.chance(ctx.config.dealTouches * 0.4)) {
      const day = addBusinessDays(dayOfInstant(at), rng.int(1, 2));
      writeTouch(ctx, rng, deal, "call", tokyoInstant(day, drawHour(rng, CALL_HOURS, 18)));
    }
  }
}

function writeTouch(ctx: DemoContext, rng: Random, deal: DealScope, kind: "email" | "call", at: number) {
  if (at >= ctx.calendar.cutoff || at <= deal.origin.createdAt) return;
  const outcome =
    kind === "email"
      ? drawEmailOutcome(rng, CUSTOMER_EMAIL)
      : rng.pickWeighted(["not_reached", "reached", "effective_contact"], [50, 25, 25]);
  const subject = kind === "email" ? "商談のお礼と次回のご確認" : "次回商談の日程調整";
  const durationSec =
    kind === "call" ? (outcome === "not_reached" ? rng.int(15, 40) : rng.int(60, 420)) : null;
  ctx.sinks.activities.push(
    buildActivity(rng, { ...dealLinks(ctx, rng, deal), kind, outcome, subject, at, durationSec }),
  );
}

function writeMeeting(
  ctx: DemoContext,
  rng: Random,
  deal: DealScope,
  meeting: {
    at: number;
    outcome: "held" | "cancelled" | "scheduled";
    subject: string;
    createdAt?: number | undefined;
  },
) {
  const { owner, account } = deal.origin;
  const onSite = owner.team.region !== "東京" || (ctx.accounts.sizeBand[account] ?? 0) >= 3 ? 0.55 : 0.35;
  const kind = rng.chance(onSite) ? "visit" : "online_meeting";
  const durationSec =
    meeting.outcome === "cancelled"
      ? null
      : Math.round(Math.min(7200, Math.max(1800, rng.logNormal(3600, 0.3))) / 300) * 300;
  const createdAt =
    meeting.createdAt ??
    (meeting.outcome === "held"
      ? meeting.at + rng.between(0.5, 20) * HOUR
      : meeting.at - rng.between(1, 5) * DAY_MS);
  ctx.sinks.activities.push(
    buildActivity(rng, {
      ...dealLinks(ctx, rng, deal),
      kind,
      outcome: meeting.outcome,
      subject: meeting.subject,
      at: meeting.at,
      durationSec,
      createdAt: Math.min(createdAt, ctx.calendar.cutoff),
    }),
  );
  if (meeting.outcome === "held") ctx.stats.add(owner.index, "meetings", meeting.at);
}

function dealLinks(
  ctx: DemoContext,
  rng: Random,
  deal: DealScope,
): Pick<ActivityInput, "owner" | "dealId" | "accountId" | "contactId"> {
  const { account, owner } = deal.origin;
  return {
    owner,
    dealId: deal.row.id ?? null,
    accountId: ctx.accounts.ids[account] ?? null,
    contactId: drawContactId(ctx.accounts, rng, account),
  };
}
