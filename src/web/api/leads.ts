import type { z } from "zod";
import type { Deal } from "../../contract/deals";
import type {
  callList,
  DealHandoff,
  HandoffRating,
  HandoffRequest,
  HandoffTarget,
  InsideSalesSettingsBody,
  Lead,
  LeadCreate,
  LeadDetail,
  LeadListQuery,
  LeadPatch,
  leadPage,
  leadStatus,
} from "../../contract/leads";
import { api } from "./client";

export type { DealHandoff, HandoffRating, HandoffRequest, Lead, LeadCreate, LeadDetail, LeadPatch };
export type InsideSalesSettings = InsideSalesSettingsBody;
export type LeadStatus = z.infer<typeof leadStatus>;
export type LeadPage = z.infer<typeof leadPage>;
export type CallList = z.infer<typeof callList>;
/** List filters as the web sends them: everything optional, the server fills the defaults. */
export type LeadListParams = Partial<LeadListQuery>;

const leadPath = (id: string) => `/leads/${encodeURIComponent(id)}`;
const dealPath = (id: string) => `/deals/${encodeURIComponent(id)}`;

export const leadKeys = {
  all: ["leads"] as const,
  lists: ["leads", "list"] as const,
  list: (params: LeadListParams) => ["leads", "list", params] as const,
  detail: (id: string) => ["leads", "detail", id] as const,
  callLists: ["leads", "call-list"] as const,
  callList: (userId: string | undefined) => ["leads", "call-list", userId ?? "me"] as const,
  handoffTargets: ["leads", "handoff-targets"] as const,
  dealHandoff: (dealId: string) => ["deal-handoff", dealId] as const,
  settings: ["settings", "inside-sales"] as const,
};

export const fetchLeads = (params: LeadListParams, signal?: AbortSignal) =>
  api.get<LeadPage>("/leads", params, signal);
export const fetchLead = (id: string, signal?: AbortSignal) =>
  api.get<LeadDetail>(leadPath(id), undefined, signal);
export const createLead = (body: LeadCreate) => api.post<Lead>("/leads", body);
export const patchLead = (id: string, body: LeadPatch) => api.patch<Lead>(leadPath(id), body);
export const fetchCallList = (userId: string | undefined, signal?: AbortSignal) =>
  api.get<CallList>("/leads/call-list", { userId }, signal);

/** Everyone a lead can be handed off to (the whole org, not only the caller's teams). */
export const fetchHandoffTargets = (signal?: AbortSignal) =>
  api.get<HandoffTarget[]>("/leads/handoff-targets", undefined, signal);
/** Turns the lead into a deal of the FS rep: the deal comes back (409 when already handed off). */
export const handOffLead = (id: string, body: HandoffRequest) =>
  api.post<Deal>(`${leadPath(id)}/handoff`, body);

/** The hand-off behind a deal; 404 when the deal did not come from one. */
export const fetchDealHandoff = (dealId: string, signal?: AbortSignal) =>
  api.get<DealHandoff>(`${dealPath(dealId)}/handoff`, undefined, signal);
export const rateDealHandoff = (dealId: string, body: HandoffRating) =>
  api.put<DealHandoff>(`${dealPath(dealId)}/handoff/rating`, body);

export const fetchInsideSalesSettings = (signal?: AbortSignal) =>
  api.get<InsideSalesSettings>("/settings/inside-sales", undefined, signal);
export const saveInsideSalesSettings = (body: InsideSalesSettings) =>
  api.put<InsideSalesSettings>("/settings/inside-sales", body);
