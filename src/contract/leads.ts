// Leads (リード, SPEC.md C7): prospects worked by inside sales, with their response time against the
// org's SLA, and the hand-off (トスアップ) that turns a qualified lead into a field-sales deal.
import { z } from "zod";
import { handoffReasons } from "../domain/inside-sales/handoff-rating";
import { leadStatuses } from "../domain/inside-sales/lead-status";
import { activity } from "./activities";
import {
  booleanParam,
  dateOnly,
  idSchema,
  pageOf,
  pageQuery,
  scopeParam,
  timestamp,
  trimmedText,
} from "./common";
import { money } from "./deals";
import { user } from "./directory";

export const leadStatus = z.enum(leadStatuses);
/** A key of the org's channel list (inside-sales settings). */
export const leadChannel = z.string().trim().min(1).max(40);
export const handoffReason = z.enum(handoffReasons);

const bantFields = {
  bantBudget: z.string().nullable(),
  bantAuthority: z.string().nullable(),
  bantNeed: z.string().nullable(),
  bantTiming: z.string().nullable(),
};

/** The hand-off as the lead shows it: which deal, whose, and how field sales rated it. */
export const leadHandoff = z.object({
  dealId: idSchema,
  fsOwnerId: idSchema,
  fsOwnerName: z.string(),
  handedOffAt: timestamp,
  rateBy: dateOnly,
  rating: z.number().int().nullable(),
  reasons: z.array(handoffReason),
  ratingComment: z.string().nullable(),
});

export const lead = z.object({
  id: idSchema,
  companyName: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  channel: z.string(),
  status: leadStatus,
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  teamId: idSchema.nullable(),
  accountId: idSchema.nullable(),
  accountName: z.string().nullable(),
  ...bantFields,
  disqualifiedReason: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  firstResponseAt: timestamp.nullable(),
  /** When the SLA runs out: creation plus the SLA in business minutes. */
  responseDueAt: timestamp.nullable(),
  /** Business minutes from creation to the first call or e-mail; null while none. */
  responseMinutes: z.number().int().nullable(),
  /** Answered late, or not answered and past its due time now. */
  slaBreached: z.boolean(),
  handoff: leadHandoff.nullable(),
  version: z.number().int(),
});
export type Lead = z.infer<typeof lead>;
export const leadPage = pageOf(lead);

export const leadTimelineEntry = z.object({
  at: timestamp,
  kind: z.enum(["create", "field", "status"]),
  actorName: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});
export const leadDetail = lead.extend({
  activities: z.array(activity),
  timeline: z.array(leadTimelineEntry),
});
export type LeadDetail = z.infer<typeof leadDetail>;

export const leadSortFields = ["createdAt", "responseDueAt", "updatedAt", "companyName"] as const;
export const leadListQuery = z.object({
  scope: scopeParam.optional(),
  status: leadStatus.optional(),
  /** Leads still to work: new, working and qualified. */
  open: booleanParam.optional(),
  channel: leadChannel.optional(),
  ownerId: idSchema.optional(),
  /** Leads answered after their SLA, or unanswered and past it now (true); the others (false). */
  slaBreached: booleanParam.optional(),
  /** Leads with a first response (true) or still waiting for one (false). */
  answered: booleanParam.optional(),
  /** Company, contact, e-mail or phone. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(leadSortFields).default("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  ...pageQuery,
});
export type LeadListQuery = z.infer<typeof leadListQuery>;

/** Someone a lead can be handed off to: any active person with a team, named, with their function
 *  (no e-mail or role: the IS rep sees people outside their teams here). */
export const handoffTarget = user.pick({ id: true, name: true, nameEn: true, function: true, teamId: true });
export type HandoffTarget = z.infer<typeof handoffTarget>;

export const callListQuery = z.object({
  /** A member of the caller's teams (managers); the caller when absent. */
  userId: idSchema.optional(),
});
export const callList = z.object({ items: z.array(lead), total: z.number().int() });

const editable = {
  companyName: trimmedText(200).min(1),
  contactName: trimmedText(200).nullable().optional(),
  email: z.email().max(320).nullable().optional(),
  phone: trimmedText(40).nullable().optional(),
  accountId: idSchema.nullable().optional(),
  bantBudget: trimmedText(500).nullable().optional(),
  bantAuthority: trimmedText(500).nullable().optional(),
  bantNeed: trimmedText(500).nullable().optional(),
  bantTiming: trimmedText(500).nullable().optional(),
};

export const leadCreate = z.object({
  ...editable,
  channel: leadChannel,
  /** An IS rep in the caller's write scope; the caller when absent. */
  ownerId: idSchema.optional(),
  /** When the lead arrived (a web form sent before it was typed in); now when absent. */
  createdAt: timestamp.optional(),
});
export type LeadCreate = z.infer<typeof leadCreate>;

export const leadPatch = z.object({
  version: z.number().int(),
  ...editable,
  companyName: editable.companyName.optional(),
  channel: leadChannel.optional(),
  ownerId: idSchema.optional(),
  /** Handing off goes through POST /leads/:id/handoff. */
  status: leadStatus.exclude(["handed_off"]).optional(),
  /** A key of the org's disqualification reasons; required with status "disqualified". */
  disqualifiedReason: trimmedText(100).nullable().optional(),
});
export type LeadPatch = z.infer<typeof leadPatch>;

export const handoffRequest = z.object({
  /** The field-sales rep who takes the deal. */
  fsOwnerId: idSchema,
  /** The pipeline of the new deal; the default pipeline when absent. */
  pipelineId: idSchema.optional(),
  /** The deal's name; the company's name when absent. */
  dealName: trimmedText(200).min(1).optional(),
  amount: money.nullable().optional(),
  expectedCloseDate: dateOnly.nullable().optional(),
  nextMeetingDate: dateOnly.nullable().optional(),
  /** What field sales should know: the lead's story in a few lines. */
  note: trimmedText(4000).nullable().optional(),
});
export type HandoffRequest = z.infer<typeof handoffRequest>;

export const handoffRating = z.object({
  rating: z.number().int().min(1).max(5),
  reasons: z.array(handoffReason).max(handoffReasons.length).default([]),
  comment: trimmedText(2000).nullable().optional(),
});
export type HandoffRating = z.infer<typeof handoffRating>;

/** The hand-off behind a deal, as the FS rep sees it: the lead's story and the rating window. */
export const dealHandoff = z.object({
  leadId: idSchema,
  companyName: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  channel: z.string(),
  isOwnerName: z.string(),
  handedOffAt: timestamp,
  note: z.string().nullable(),
  ...bantFields,
  responseMinutes: z.number().int().nullable(),
  rateBy: dateOnly,
  /** The caller may rate it now: the deal's owner (or their manager), within the window. */
  canRate: z.boolean(),
  rating: z.number().int().nullable(),
  reasons: z.array(handoffReason),
  ratingComment: z.string().nullable(),
  ratedAt: timestamp.nullable(),
  /** The lead's calls, e-mails and meetings before the hand-off, newest first. */
  history: z.array(
    z.object({
      kind: z.string(),
      outcome: z.string().nullable(),
      subject: z.string().nullable(),
      note: z.string().nullable(),
      occurredAt: timestamp,
      ownerName: z.string(),
    }),
  ),
});
export type DealHandoff = z.infer<typeof dealHandoff>;

/** The org's inside-sales rules (admins change them). */
const pickItem = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().trim().min(1).max(60),
  labelEn: z.string().trim().min(1).max(60),
});
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");
export const insideSalesSettings = z.object({
  slaMinutes: z.number().int().min(1).max(10_080),
  businessHours: z.object({ start: clock, end: clock }),
  ratingDays: z.number().int().min(1).max(60),
  channels: z.array(pickItem).min(1).max(40),
  disqualifyReasons: z.array(pickItem).min(1).max(40),
});
export type InsideSalesSettingsBody = z.infer<typeof insideSalesSettings>;
