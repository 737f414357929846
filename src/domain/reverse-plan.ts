// Reverse calculation (逆算, seed 002): from the KGI back to the actions that reach it.
//   revenue ÷ average deal size = wins; wins ÷ win rate = meetings;
//   meetings ÷ meeting-set rate = effective contacts; effective contacts ÷ effective contact rate = calls.
// Each required count is rounded up (you need at least that many) before it feeds the next step, as the
// seed computes it: 10 wins at 25% → 40 meetings; at 10% → 400 contacts; at 30% → 1,334 calls.
// Where the scope also reaches people by email, the contacts split by the share that came from email
// replies: the call branch covers the rest, the email branch needs contacts ÷ reply rate emails.
import { ratio } from "./ratio";

export type PlanRateKey =
  | "averageDealSize"
  | "winRate"
  | "meetingSetRate"
  | "effectiveContactRate"
  | "emailShare"
  | "emailReplyRate";
export type PlanMetric = "wins" | "meetings" | "effectiveContacts" | "calls" | "emailsSent";
export type PlanRates = Partial<Record<PlanRateKey, number | null>>;
export type PlanStep = { metric: PlanMetric; required: number; dividedBy: PlanRateKey | null };
export type PlanResult = { ok: true; steps: PlanStep[] } | { ok: false; unusableRate: PlanRateKey };

const chain: { metric: "meetings" | "effectiveContacts"; rate: PlanRateKey }[] = [
  { metric: "meetings", rate: "winRate" },
  { metric: "effectiveContacts", rate: "meetingSetRate" },
];

/** The share of effective contacts that came from email replies rather than calls. */
export function emailShareOf(counts: Record<string, number>): number | null {
  const replies = counts.emailsReplied ?? 0;
  return ratio(replies, replies + (counts.effectiveContacts ?? 0));
}

/** Rounds up, forgiving the floating-point dust of a division (400.00000000000006 stays 400). */
export function ceilCount(value: number): number {
  return Math.ceil(value - 1e-9);
}

export function reversePlan(
  kgi: { metric: "revenue" | "wins"; value: number },
  rates: PlanRates,
): PlanResult {
  const usable = (key: PlanRateKey) => {
    const rate = rates[key];
    const max = key === "averageDealSize" ? Number.POSITIVE_INFINITY : 1;
    return rate != null && Number.isFinite(rate) && rate > 0 && rate <= max ? rate : null;
  };
  let wins = kgi.value;
  let winsDividedBy: PlanRateKey | null = null;
  if (kgi.metric === "revenue") {
    const size = usable("averageDealSize");
    if (size === null) return { ok: false, unusableRate: "averageDealSize" };
    wins = ceilCount(kgi.value / size);
    winsDividedBy = "averageDealSize";
  }
  const steps: PlanStep[] = [{ metric: "wins", required: ceilCount(wins), dividedBy: winsDividedBy }];
  for (const { metric, rate } of chain) {
    const value = usable(rate);
    if (value === null) return { ok: false, unusableRate: rate };
    const previous = steps[steps.length - 1] as PlanStep;
    steps.push({ metric, required: ceilCount(previous.required / value), dividedBy: rate });
  }
  const contacts = (steps[steps.length - 1] as PlanStep).required;
  const share = rates.emailShare ?? 0;
  const emailContacts = share > 0 && share <= 1 ? ceilCount(contacts * share) : 0;
  const contactRate = usable("effectiveContactRate");
  if (contactRate === null) return { ok: false, unusableRate: "effectiveContactRate" };
  steps.push({
    metric: "calls",
    required: ceilCount((contacts - emailContacts) / contactRate),
    dividedBy: "effectiveContactRate",
  });
  if (emailContacts > 0) {
    const replyRate = usable("emailReplyRate");
    if (replyRate === null) return { ok: false, unusableRate: "emailReplyRate" };
    steps.push({
      metric: "emailsSent",
      required: ceilCount(emailContacts / replyRate),
      dividedBy: "emailReplyRate",
    });
  }
  return { ok: true, steps };
}
