// A lead row with its names as the API answers it.
import type { Lead } from "../../../contract/leads";
import type { HandoffReason } from "../../../domain/inside-sales/handoff-rating";
import type { LeadView } from "./leads.repository";

export function toLead(view: LeadView): Lead {
  const { lead, handoff } = view;
  const { externalId: _, convertedDealId: __, ...fields } = lead;
  return {
    ...fields,
    ownerName: view.ownerName,
    accountName: view.accountName,
    slaBreached: Boolean(view.slaBreached),
    createdAt: lead.createdAt.toISOString(),
    updatedAt: lead.updatedAt.toISOString(),
    firstResponseAt: lead.firstResponseAt?.toISOString() ?? null,
    responseDueAt: lead.responseDueAt?.toISOString() ?? null,
    handoff:
      handoff?.dealId && handoff.handedOffAt
        ? {
            dealId: handoff.dealId,
            fsOwnerId: handoff.fsOwnerId as string,
            fsOwnerName: handoff.fsOwnerName ?? "",
            handedOffAt: new Date(handoff.handedOffAt).toISOString(),
            rateBy: handoff.rateBy as string,
            rating: handoff.rating,
            reasons: (handoff.reasons ?? []) as HandoffReason[],
            ratingComment: handoff.ratingComment,
          }
        : null,
  };
}
