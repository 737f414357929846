// A lead's response time follows its activities: the first call or e-mail logged against it is its
// first response, counted in business minutes from its creation, and moves a new lead into work.
// Recomputed from the activities after every write that touches them, so that a deleted or moved
// call takes its response with it.
import { businessMinutesBetween } from "../../../domain/inside-sales/business-hours";
import { statusAfterTouch } from "../../../domain/inside-sales/lead-status";
import type { AuditRepository } from "../audit/audit.repository";
import type { DirectoryRepository } from "../directory/directory.repository";
import { insideSalesRules } from "./inside-sales-settings";
import type { LeadRepository } from "./leads.repository";

export async function refreshLeadResponse(
  tx: { leads: LeadRepository; directory: DirectoryRepository; audit: AuditRepository },
  leadId: string,
  actorId: string,
  now: Date,
) {
  const lead = await tx.leads.findForUpdate(leadId);
  if (!lead) return;
  const first = await tx.leads.firstTouch(leadId);
  const { hours } = await insideSalesRules(tx.directory);
  const minutes = first ? businessMinutesBetween(lead.createdAt, first, hours) : null;
  const status = first ? statusAfterTouch(lead.status) : lead.status;
  if (
    lead.firstResponseAt?.getTime() === first?.getTime() &&
    lead.responseMinutes === minutes &&
    lead.status === status
  )
    return;
  // Touched now (the call list puts the longest untouched first); the version stays, so that a rep
  // who logs a call and then edits the lead they have open is not refused.
  await tx.leads.update(leadId, { firstResponseAt: first, responseMinutes: minutes, status, updatedAt: now });
  if (status !== lead.status) {
    await tx.audit.record({
      actorId,
      entity: "lead",
      entityId: leadId,
      action: "update",
      changes: { status: { before: lead.status, after: status } },
    });
  }
}
