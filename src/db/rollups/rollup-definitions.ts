// What each rollup column counts, written once and compiled into both the triggers that keep the
// rollups (one row at a time) and the rebuild that recomputes them (a scan): the two cannot disagree.
// Activity outcomes come from the domain's lists (SPEC.md section 2 outcomes, section 4 metrics).
import {
  clickedEmailOutcomes,
  effectiveContactOutcomes,
  meetingKinds,
  meetingSetOutcomes,
  openedEmailOutcomes,
  reachedCallOutcomes,
  repliedEmailOutcomes,
} from "../../domain/activity-outcomes";

/** A SQL condition over a row named by the argument (a trigger's `new`, a scan's table alias). */
type Condition = (row: string) => string;

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
const within = (column: string, values: readonly string[]) =>
  `${column} in (${values.map(quote).join(", ")})`;

const call: Condition = (a) => `${a}.kind = 'call'`;
const callWith =
  (outcomes: readonly string[]): Condition =>
  (a) =>
    `${call(a)} and ${within(`${a}.outcome`, outcomes)}`;
const meeting: Condition = (a) => within(`${a}.kind`, meetingKinds);
const email: Condition = (a) => `${a}.kind = 'email'`;
const emailWith =
  (outcomes: readonly string[]): Condition =>
  (a) =>
    `${email(a)} and ${within(`${a}.outcome`, outcomes)}`;

/** daily_metrics columns fed by activities, each counting the activities that meet its condition. */
export const activityColumns: { column: string; metric: string; when: Condition }[] = [
  { column: "calls", metric: "calls", when: call },
  { column: "reached_calls", metric: "reachedCalls", when: callWith(reachedCallOutcomes) },
  { column: "effective_contacts", metric: "effectiveContacts", when: callWith(effectiveContactOutcomes) },
  { column: "meetings_set", metric: "meetingsSet", when: callWith(meetingSetOutcomes) },
  { column: "meetings_held", metric: "meetingsHeld", when: (a) => `${meeting(a)} and ${a}.outcome = 'held'` },
  {
    column: "meetings_cancelled",
    metric: "meetingsCancelled",
    when: (a) => `${meeting(a)} and ${a}.outcome = 'cancelled'`,
  },
  { column: "emails_sent", metric: "emailsSent", when: email },
  { column: "emails_opened", metric: "emailsOpened", when: emailWith(openedEmailOutcomes) },
  { column: "emails_clicked", metric: "emailsClicked", when: emailWith(clickedEmailOutcomes) },
  { column: "emails_replied", metric: "emailsReplied", when: emailWith(repliedEmailOutcomes) },
];

/** A hand-off counts for the IS rep who made it, on its day: with a meeting date handed over, the
 *  appointment the IS call agreed has a fixed date (seed 002's 日程確定数, over 商談合意数). */
export const handoffColumns: { column: string; metric: string; value: (h: string) => string }[] = [
  {
    column: "meetings_fixed",
    metric: "meetingsFixed",
    value: (h) => `case when ${h}.meeting_date is not null then 1 else 0 end`,
  },
];

/** A deal counts once on the day it was created ... */
export const createdDealColumns: { column: string; metric: string; value: (d: string) => string }[] = [
  { column: "deals_created", metric: "dealsCreated", value: () => "1" },
  {
    column: "deals_with_bant",
    metric: "dealsWithBant",
    value: (d) =>
      `case when ${["budget", "authority", "need", "timing"]
        .map((f) => `coalesce(${d}.bant_${f}, '') <> ''`)
        .join(" and ")} then 1 else 0 end`,
  },
];

/** ... and once on the day it was won or lost. */
export const closedDeal: Condition = (d) => `${d}.status in ('won', 'lost') and ${d}.closed_at is not null`;
export const closedDealColumns: { column: string; metric: string; value: (d: string) => string }[] = [
  {
    column: "deals_won",
    metric: "dealsWon",
    value: (d) => `case when ${d}.status = 'won' then 1 else 0 end`,
  },
  { column: "deals_closed", metric: "dealsClosed", value: () => "1" },
  {
    column: "won_amount",
    metric: "wonAmount",
    value: (d) => `case when ${d}.status = 'won' then coalesce(${d}.amount, 0) else 0 end`,
  },
];

/** The deal columns whose change moves a deal's contribution. */
export const dealRollupFields = [
  "created_at",
  "owner_id",
  "team_id",
  "status",
  "closed_at",
  "amount",
  "bant_budget",
  "bant_authority",
  "bant_need",
  "bant_timing",
];

/** A move that leaves a stage forward: to a later open stage, or won (SPEC.md stage conversion). */
export const forwardMove = (from: string, to: string) =>
  `(${to}.kind = 'won' or (${to}.kind = 'open' and ${to}.sort_order > ${from}.sort_order))`;

/** Every metric column of daily_metrics, in table order, with its metric key. */
export const metricColumns = [
  ...activityColumns,
  ...handoffColumns,
  ...createdDealColumns,
  ...closedDealColumns,
].map(({ column, metric }) => ({ column, metric }));
