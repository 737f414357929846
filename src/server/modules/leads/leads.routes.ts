import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import { deal } from "../../../contract/deals";
import {
  callList,
  callListQuery,
  dealHandoff,
  handoffRating,
  handoffRequest,
  handoffTarget,
  insideSalesSettings,
  lead,
  leadCreate,
  leadDetail,
  leadListQuery,
  leadPage,
  leadPatch,
} from "../../../contract/leads";
import { callerOf } from "../auth/auth.hooks";
import type { createInsideSalesSettingsService } from "./inside-sales-settings.service";
import type { createHandoffService } from "./lead-handoff.service";
import type { LeadService } from "./leads.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

export function registerLeadRoutes(
  app: FastifyInstance,
  deps: {
    leads: LeadService;
    handoffs: ReturnType<typeof createHandoffService>;
    settings: ReturnType<typeof createInsideSalesSettingsService>;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { leads, handoffs, settings } = deps;
  const tags = ["leads"];

  r.get(
    "/api/v1/leads",
    {
      schema: {
        tags,
        summary: "Leads the caller may see, filtered by status, owner, channel or SLA breach, paged",
        querystring: leadListQuery,
        response: { 200: leadPage, ...errors },
      },
    },
    (request) => leads.list(callerOf(request), request.query),
  );
  r.get(
    "/api/v1/leads/call-list",
    {
      schema: {
        tags,
        summary:
          "The day's call list: new and working leads, unanswered first by SLA due time, then the longest untouched",
        querystring: callListQuery,
        response: { 200: callList, ...errors },
      },
    },
    (request) => leads.callList(callerOf(request), request.query.userId),
  );
  r.post(
    "/api/v1/leads",
    {
      schema: {
        tags,
        summary: "Create a lead; its SLA due time is its creation plus the org's SLA in business minutes",
        body: leadCreate,
        response: { 201: lead, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await leads.create(callerOf(request), request.body)),
  );
  r.get(
    "/api/v1/leads/:id",
    {
      schema: {
        tags,
        summary: "One lead with its activities, its changes and its response time in business minutes",
        params: idParams,
        response: { 200: leadDetail, ...errors },
      },
    },
    (request) => leads.get(callerOf(request), request.params.id),
  );
  r.patch(
    "/api/v1/leads/:id",
    {
      schema: {
        tags,
        summary: "Change a lead or its status; a stale version gets 409 with the current one",
        params: idParams,
        body: leadPatch,
        response: { 200: lead, ...errors },
      },
    },
    (request) => leads.update(callerOf(request), request.params.id, request.body),
  );
  r.get(
    "/api/v1/leads/handoff-targets",
    {
      schema: {
        tags,
        summary:
          "The active people a lead can be handed off to (anyone in the org, not only the caller's teams)",
        response: { 200: z.array(handoffTarget), ...errors },
      },
    },
    () => handoffs.targets(),
  );
  r.post(
    "/api/v1/leads/:id/handoff",
    {
      schema: {
        tags,
        summary: "Hand the lead off to field sales: creates its deal once (409 when already handed off)",
        params: idParams,
        body: handoffRequest,
        response: { 201: deal, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await handoffs.handOff(callerOf(request), request.params.id, request.body)),
  );
  r.get(
    "/api/v1/deals/:id/handoff",
    {
      schema: {
        tags,
        summary: "The hand-off a deal came from: the lead's story, its history and the rating",
        params: idParams,
        response: { 200: dealHandoff, ...errors },
      },
    },
    (request) => handoffs.ofDeal(callerOf(request), request.params.id),
  );
  r.put(
    "/api/v1/deals/:id/handoff/rating",
    {
      schema: {
        tags,
        summary: "Field sales rates the hand-off 1-5 with reasons, within the org's rating window",
        params: idParams,
        body: handoffRating,
        response: { 200: dealHandoff, ...errors },
      },
    },
    (request) => handoffs.rate(callerOf(request), request.params.id, request.body),
  );
  r.get(
    "/api/v1/settings/inside-sales",
    {
      schema: {
        tags,
        summary: "The org's inside-sales rules: SLA, working hours, rating window, channels, reasons",
        response: { 200: insideSalesSettings },
      },
    },
    () => settings.get(),
  );
  r.put(
    "/api/v1/settings/inside-sales",
    {
      schema: {
        tags,
        summary: "Change the inside-sales rules (administrators)",
        body: insideSalesSettings,
        response: { 200: insideSalesSettings, ...errors },
      },
    },
    (request) => settings.update(callerOf(request), request.body),
  );
}
