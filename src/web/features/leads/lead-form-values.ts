// The lead's editable fields as the edit form holds them, and the patch of what changed.
import type { Lead, LeadPatch } from "../../api/leads";

export type LeadFormValues = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  channel: string | null;
  ownerId: string | null;
  bantBudget: string;
  bantAuthority: string;
  bantNeed: string;
  bantTiming: string;
};

const textFields = [
  "contactName",
  "email",
  "phone",
  "bantBudget",
  "bantAuthority",
  "bantNeed",
  "bantTiming",
] as const;

export function toFormValues(lead: Lead): LeadFormValues {
  return {
    companyName: lead.companyName,
    contactName: lead.contactName ?? "",
    email: lead.email ?? "",
    phone: lead.phone ?? "",
    channel: lead.channel,
    ownerId: lead.ownerId,
    bantBudget: lead.bantBudget ?? "",
    bantAuthority: lead.bantAuthority ?? "",
    bantNeed: lead.bantNeed ?? "",
    bantTiming: lead.bantTiming ?? "",
  };
}

/** Only the fields that differ from the lead as loaded; an emptied text is cleared (null). */
export function toPatch(lead: Lead, values: LeadFormValues): LeadPatch {
  const patch: LeadPatch = { version: lead.version };
  const company = values.companyName.trim();
  if (company !== lead.companyName) patch.companyName = company;
  for (const field of textFields) {
    const next = values[field].trim() || null;
    if (next !== (lead[field] ?? null)) patch[field] = next;
  }
  if (values.channel && values.channel !== lead.channel) patch.channel = values.channel;
  if (values.ownerId && values.ownerId !== lead.ownerId) patch.ownerId = values.ownerId;
  return patch;
}
