// Deals: where each one comes from (an inside-sales hand-off, a direct inbound/referral/partner
// opportunity for field sales, or a renewal for customer success) and the loop that writes them in
// chunks. What happens to a deal is in demo-deal-flow; its rows in demo-deal-rows.
import { rateByOf } from "../../domain/inside-sales/handoff-rating";
import { defaultInsideSalesSettings } from "../../domain/inside-sales/inside-sales-settings";
import { addBusinessDays, DAY_MS, dayOfInstant, formatDay, tokyoInstant } from "./demo-calendar";
import type { DemoContext, PipelineRef } from "./demo-context";
import { writeDeal } from "./demo-deal-rows";
import { type Bant, fillBant, type Handoff } from "./demo-lead-touch";
import type { Person } from "./demo-org";
import { createRandom, createWeightedPicker, type Random, stableUuid } from "./demo-random";

export type DealOrigin = {
  owner: Person;
  createdBy: string;
  account: number;
  createdAt: number;
  channel: string;
  pipeline: PipelineRef;
  bant: Bant;
  fromInsideSales: boolean;
};

/** Open deals per owner (a few each), for tasks linked to deals. */
export type OpenDeals = Map<number, string[]>;

const DIRECT_CHANNELS = ["referral", "partner", "inbound_web", "event"];
const DIRECT_WEIGHTS = [30, 25, 25, 20];

export async function generateDeals(ctx: DemoContext, handoffs: Handoff[]): Promise<OpenDeals> {
  const { config, seed } = ctx;
  const renewals = Math.round(config.deals * config.renewalShare);
  const direct = Math.max(Math.round(config.deals * 0.2), config.deals - renewals - handoffs.length);
  const total = handoffs.length + renewals + direct;
  const fieldSales = ownerPicker(ctx, "FS");
  const success = ownerPicker(ctx, "CS");
  const openDeals: OpenDeals = new Map();
  for (let i = 0; i < total; i++) {
    const rng = createRandom(seed, "deal", i);
    const handoff = handoffs[i];
    const origin = handoff
      ? originFromHandoff(ctx, handoff)
      : i < handoffs.length + renewals
        ? drawOrigin(ctx, rng, success, ctx.pipelines.renewal)
        : drawOrigin(ctx, rng, fieldSales, ctx.pipelines.newBusiness);
    writeDeal(ctx, rng, i, origin, openDeals);
    if (handoff) writeHandoff(ctx, rng, handoff, origin.owner);
    if (i % 500 === 499) await ctx.writer.flushIfFull();
  }
  return openDeals;
}

/** The FS rep rates most hand-offs within a few days: well when the IS rep got the whole BANT,
 *  poorly (and says why) when not. */
function writeHandoff(ctx: DemoContext, rng: Random, handoff: Handoff, fsOwner: Person) {
  const { calendar, seed, sinks } = ctx;
  const isRep = ctx.org.people.find((p) => p.id === handoff.createdBy) as Person;
  const handedOffOn = formatDay(dayOfInstant(handoff.at));
  const ratedAt = handoff.at + rng.int(1, 5) * DAY_MS;
  const rated = ratedAt < calendar.cutoff && rng.chance(0.85);
  const bantKnown = Object.values(handoff.bant).filter(Boolean).length;
  const rating =
    bantKnown === 4 ? rng.pickWeighted([5, 4, 3], [45, 45, 10]) : rng.pickWeighted([4, 3, 2], [25, 45, 30]);
  const reasons =
    rating >= 4 ? [] : [bantKnown < 4 ? "bant_incomplete" : rng.pick(["wrong_contact", "timing"] as const)];
  sinks.handoffs.push({
    id: stableUuid(seed, "handoff", handoff.dealIndex),
    leadId: handoff.leadId,
    dealId: stableUuid(seed, "deal", handoff.dealIndex),
    isOwnerId: isRep.id,
    isTeamId: isRep.team.id,
    fsOwnerId: fsOwner.id,
    note: null,
    handedOffAt: new Date(handoff.at),
    // The appointment the IS call set: a few business days after the hand-off.
    meetingDate: formatDay(addBusinessDays(dayOfInstant(handoff.at), rng.int(2, 8))),
    rateBy: rateByOf(handedOffOn, defaultInsideSalesSettings.ratingDays),
    rating: rated ? rating : null,
    reasons: rated ? reasons : [],
    ratedBy: rated ? fsOwner.id : null,
    ratedAt: rated ? new Date(ratedAt) : null,
  });
}

type OwnerPicker = (rng: Random) => Person;

function ownerPicker(ctx: DemoContext, func: "FS" | "CS"): OwnerPicker {
  const owners = ctx.org.people.filter((p) => p.func === func && p.dealWeight > 0);
  return createWeightedPicker(
    owners,
    owners.map((p) => p.dealWeight),
  );
}

function originFromHandoff(ctx: DemoContext, handoff: Handoff): DealOrigin {
  const owner = ctx.org.people[ctx.accounts.owner[handoff.account] ?? 0] as Person;
  return {
    owner,
    createdBy: handoff.createdBy,
    account: handoff.account,
    createdAt: handoff.at,
    channel: handoff.channel,
    pipeline: ctx.pipelines.newBusiness,
    bant: handoff.bant,
    fromInsideSales: true,
  };
}

/** A deal field sales or customer success opened themselves, on a day their owner already worked. */
function drawOrigin(
  ctx: DemoContext,
  rng: Random,
  pickOwner: OwnerPicker,
  pipeline: PipelineRef,
): DealOrigin {
  const { calendar, accounts } = ctx;
  const renewal = pipeline === ctx.pipelines.renewal;
  const day = drawCreationDay(rng, ctx);
  let owner = pickOwner(rng);
  for (let attempt = 0; attempt < 20 && owner.activeFrom > day; attempt++) owner = pickOwner(rng);
  const own = accounts.byOwner.get(owner.index);
  const account =
    own && own.length > 0 ? rng.pick(own) : rng.pick(renewal ? accounts.customers : accounts.prospects);
  const maxHour = day === calendar.today ? 12 : 18;
  const bant: Bant = { bantBudget: null, bantAuthority: null, bantNeed: null, bantTiming: null };
  // Reps qualify before they open a deal themselves, mostly; renewals know their customer.
  const odds = renewal || rng.chance(0.6) ? 0.92 : 0.4;
  fillBant(rng, bant, { bantBudget: odds, bantAuthority: odds, bantNeed: odds, bantTiming: odds });
  return {
    owner,
    createdBy: owner.id,
    account,
    createdAt: tokyoInstant(day, 9 + rng.float() * (maxHour - 9.01)),
    channel: renewal ? "existing" : rng.pickWeighted(DIRECT_CHANNELS, DIRECT_WEIGHTS),
    pipeline,
    bant,
    fromInsideSales: false,
  };
}

/** Business days of the history, a little busier towards today (the company grows). */
function drawCreationDay(rng: Random, ctx: DemoContext): number {
  const days = ctx.calendar.businessDays;
  for (;;) {
    const index = rng.int(0, days.length - 1);
    if (rng.chance((0.85 + 0.3 * (index / days.length)) / 1.15)) return days[index] as number;
  }
}
