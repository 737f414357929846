// The hand-off (トスアップ, seed 002): a qualified lead becomes a deal in a field-sales pipeline,
// owned by the FS rep chosen, with the lead's account (created from the company when it has none),
// its contact, channel and BANT; the lead is marked handed off, and the FS rep rates the hand-off
// within the org's window. All in one transaction: a lead is handed off once.
import type { Deal } from "../../../contract/deals";
import { deal as dealSchema } from "../../../contract/deals";
import type { DealHandoff, HandoffRating, HandoffRequest, HandoffTarget } from "../../../contract/leads";
import { dateInZone } from "../../../domain/calendar";
import { canRateHandoff, type HandoffReason, rateByOf } from "../../../domain/inside-sales/handoff-rating";
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AccountRepository } from "../accounts/accounts.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import { type DealRepositories, firstStageOf, insertDeal } from "../deals/deal-writes";
import { toDeal } from "../deals/deals.service";
import { asReturned } from "../webhooks/webhook-outbox.repository";
import type { HandoffRepository } from "./handoffs.repository";
import { insideSalesRules } from "./inside-sales-settings";
import type { LeadRepository } from "./leads.repository";

export type HandoffRepos = DealRepositories & {
  leads: LeadRepository;
  handoffs: HandoffRepository;
  accounts: AccountRepository;
};

export function createHandoffService(deps: {
  repos: HandoffRepos;
  inTransaction: <T>(work: (repos: HandoffRepos) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { repos, inTransaction, clock } = deps;

  /** The hand-off of a deal the caller may read. */
  async function visibleHandoff(caller: AuthContext, dealId: string, tx: HandoffRepos = repos, lock = false) {
    const row = await tx.handoffs.ofDeal(dealId, lock);
    if (!row || !inScope(caller.access.read, row.deal)) throw new AppError("NOT_FOUND");
    return row;
  }

  return {
    /** Whom a lead can be handed off to: every active person with a team, whatever the caller's
     *  read scope (field sales is usually another team, which the IS rep's directory does not show). */
    async targets(): Promise<HandoffTarget[]> {
      const people = await repos.directory.listUsers({ all: true });
      return people
        .filter((p) => p.active && p.teamId !== null)
        .map(({ id, name, nameEn, function: fn, teamId }) => ({ id, name, nameEn, function: fn, teamId }));
    },

    async handOff(caller: AuthContext, leadId: string, input: HandoffRequest): Promise<Deal> {
      return inTransaction(async (tx) => {
        const lead = await tx.leads.findForUpdate(leadId);
        if (!lead || !inScope(caller.access.read, lead)) throw new AppError("NOT_FOUND");
        if (!inScope(caller.access.write, lead)) throw new AppError("FORBIDDEN");
        if (lead.status === "handed_off") throw new AppError("LEAD_ALREADY_HANDED_OFF");
        if (lead.status === "disqualified") throw new AppError("LEAD_NOT_OPEN");
        // The FS rep may be in any team: field sales is usually not the IS rep's team.
        const fsOwner = await tx.directory.findUser(input.fsOwnerId);
        if (!fsOwner?.active || !fsOwner.teamId)
          throw new AppError("INVALID_REFERENCE", { field: "fsOwnerId" });
        const { pipeline, stage } = await firstStageOf(tx, input.pipelineId);
        const now = clock.now();
        const accountId =
          lead.accountId ??
          (await tx.accounts.insert({
            name: lead.companyName,
            ownerId: fsOwner.id,
            teamId: fsOwner.teamId,
            createdAt: now,
            updatedAt: now,
          }));
        const contactId = lead.contactName
          ? await tx.accounts.insertContact({
              accountId,
              name: lead.contactName,
              email: lead.email,
              phone: lead.phone,
              createdAt: now,
              updatedAt: now,
            })
          : null;
        const dealId = await insertDeal(
          tx,
          {
            name: input.dealName ?? lead.companyName,
            accountId,
            ownerId: fsOwner.id,
            teamId: fsOwner.teamId,
            pipelineId: pipeline.id,
            stageId: stage.id,
            status: "open",
            probability: stage.probability,
            amount: input.amount ?? null,
            expectedCloseDate: input.expectedCloseDate ?? null,
            nextMeetingDate: input.nextMeetingDate ?? null,
            decisionMakerId: lead.bantAuthority && contactId ? contactId : null,
            channel: lead.channel,
            bantBudget: lead.bantBudget,
            bantAuthority: lead.bantAuthority,
            bantNeed: lead.bantNeed,
            bantTiming: lead.bantTiming,
            stageEnteredAt: now,
            createdAt: now,
            updatedAt: now,
          },
          caller.userId,
        );
        const rules = await insideSalesRules(tx.directory);
        await tx.handoffs.insert({
          leadId,
          dealId,
          isOwnerId: lead.ownerId ?? caller.userId,
          isTeamId: lead.teamId ?? (caller.teamId as string),
          fsOwnerId: fsOwner.id,
          note: input.note ?? null,
          handedOffAt: now,
          meetingDate: input.nextMeetingDate ?? null,
          rateBy: rateByOf(dateInZone(now, rules.hours.timeZone), rules.ratingDays),
        });
        await tx.leads.update(leadId, {
          status: "handed_off",
          accountId,
          convertedDealId: dealId,
          updatedAt: now,
          version: lead.version + 1,
        });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "lead",
          entityId: leadId,
          action: "update",
          changes: {
            status: { before: lead.status, after: "handed_off" },
            convertedDealId: { before: null, after: dealId },
          },
        });
        const day = { now, today: dateInZone(now, caller.timeZone), timeZone: caller.timeZone };
        // The new deal is the FS rep's: the IS caller gets it back once, not by their read scope.
        const view = await tx.deals.findView(dealId, day);
        if (!view) throw new AppError("INTERNAL");
        const created = toDeal(view, day);
        await tx.outbox.record(["deal.created"], { data: asReturned(dealSchema.shape, created) });
        return created;
      });
    },

    async ofDeal(caller: AuthContext, dealId: string): Promise<DealHandoff> {
      const row = await visibleHandoff(caller, dealId);
      const history = await repos.handoffs.history(row.lead.id);
      const { handoff, lead } = row;
      const today = dateInZone(clock.now(), caller.timeZone);
      return {
        leadId: lead.id,
        companyName: lead.companyName,
        contactName: lead.contactName,
        email: lead.email,
        phone: lead.phone,
        channel: lead.channel,
        isOwnerName: row.isOwnerName,
        handedOffAt: handoff.handedOffAt.toISOString(),
        note: handoff.note,
        bantBudget: lead.bantBudget,
        bantAuthority: lead.bantAuthority,
        bantNeed: lead.bantNeed,
        bantTiming: lead.bantTiming,
        responseMinutes: lead.responseMinutes,
        rateBy: handoff.rateBy,
        canRate: inScope(caller.access.write, row.deal) && canRateHandoff(today, handoff.rateBy),
        rating: handoff.rating,
        reasons: handoff.reasons as HandoffReason[],
        ratingComment: handoff.ratingComment,
        ratedAt: handoff.ratedAt?.toISOString() ?? null,
        history: history.map((h) => ({ ...h, occurredAt: h.occurredAt.toISOString() })),
      };
    },

    /** The FS side rates the hand-off (or changes its rating) while the window is open. */
    async rate(caller: AuthContext, dealId: string, input: HandoffRating): Promise<DealHandoff> {
      await inTransaction(async (tx) => {
        const row = await visibleHandoff(caller, dealId, tx, true);
        if (!inScope(caller.access.write, row.deal)) throw new AppError("FORBIDDEN");
        const today = dateInZone(clock.now(), caller.timeZone);
        if (!canRateHandoff(today, row.handoff.rateBy)) throw new AppError("HANDOFF_RATING_CLOSED");
        const values = {
          rating: input.rating,
          reasons: [...new Set(input.reasons)],
          ratingComment: input.comment ?? null,
          ratedBy: caller.userId,
          ratedAt: clock.now(),
        };
        await tx.handoffs.rate(row.handoff.id, values);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "handoff",
          entityId: row.handoff.id,
          action: "update",
          changes: {
            rating: { before: row.handoff.rating, after: values.rating },
            reasons: { before: row.handoff.reasons, after: values.reasons },
          },
        });
      });
      return this.ofDeal(caller, dealId);
    },
  };
}
