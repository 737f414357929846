// Alert rules (settings), the caller's alerts (inbox and bell) and their notification channels.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  alert,
  alertListQuery,
  alertPage,
  alertRule,
  alertRuleCreate,
  alertRuleDelete,
  alertRulePatch,
  alertRuleRun,
  alertsRead,
  alertsReadResult,
  notificationPreferences,
} from "../../../contract/alerts";
import { errorResponse, idParams } from "../../../contract/common";
import { callerOf } from "../auth/auth.hooks";
import type { AlertRuleService } from "./alert-rules.service";
import type { AlertService } from "./alerts.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};
const rights =
  "Admins keep the org's rules and any team's; managers the rules of their team and the teams below it; members none.";

export function registerAlertRoutes(
  app: FastifyInstance,
  deps: { rules: AlertRuleService; alerts: AlertService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { rules, alerts } = deps;
  const tags = ["alerts"];

  r.get(
    "/api/v1/alert-rules",
    {
      schema: {
        tags,
        summary: "Alert rules: all for admins; the org's and their teams' for managers",
        description: rights,
        response: { 200: z.array(alertRule), 403: errorResponse },
      },
    },
    (request) => rules.list(callerOf(request)),
  );

  r.post(
    "/api/v1/alert-rules",
    {
      schema: {
        tags,
        summary: "Create an alert rule (teamId null: the whole org)",
        description: `${rights} Thresholds left out take the kind's defaults.`,
        body: alertRuleCreate,
        response: { 201: alertRule, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await rules.create(callerOf(request), request.body)),
  );

  r.patch(
    "/api/v1/alert-rules/:id",
    {
      schema: {
        tags,
        summary: "Edit an alert rule; 409 when `version` is not the latest",
        params: idParams,
        body: alertRulePatch,
        response: { 200: alertRule, ...errors },
      },
    },
    (request) => rules.update(callerOf(request), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/alert-rules/:id",
    {
      schema: {
        tags,
        summary: "Delete an alert rule and its alerts (?version=N)",
        params: idParams,
        querystring: alertRuleDelete,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await rules.remove(callerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/alert-rules/:id/run",
    {
      schema: {
        tags,
        summary: "Evaluate a rule now (its test button); alerts already raised today are not raised again",
        params: idParams,
        response: { 200: alertRuleRun, ...errors },
      },
    },
    (request) => rules.run(callerOf(request), request.params.id),
  );

  r.get(
    "/api/v1/alerts",
    {
      schema: {
        tags,
        summary: "The caller's alerts (received, or escalated to them), newest first, with the unread count",
        querystring: alertListQuery,
        response: { 200: alertPage, 400: errorResponse },
      },
    },
    (request) => alerts.list(callerOf(request), request.query),
  );

  r.post(
    "/api/v1/alerts/:id/acknowledge",
    {
      schema: {
        tags,
        summary: "Acknowledge one of the caller's alerts (also marks it read); stops its escalation",
        params: idParams,
        response: { 200: alert, ...errors },
      },
    },
    (request) => alerts.acknowledge(callerOf(request), request.params.id),
  );

  r.post(
    "/api/v1/alerts/read",
    {
      schema: {
        tags,
        summary: "Mark some of the caller's alerts read (all without `ids`)",
        body: alertsRead,
        response: { 200: alertsReadResult, 400: errorResponse },
      },
    },
    (request) => alerts.markRead(callerOf(request), request.body.ids),
  );

  r.get(
    "/api/v1/me/notification-preferences",
    {
      schema: {
        tags,
        summary: "The caller's alert channels (in-app; e-mail; a Slack-compatible webhook)",
        response: { 200: notificationPreferences },
      },
    },
    (request) => alerts.preferences(callerOf(request)),
  );

  r.put(
    "/api/v1/me/notification-preferences",
    {
      schema: {
        tags,
        summary: "Choose the caller's alert channels",
        body: notificationPreferences,
        response: { 200: notificationPreferences, 400: errorResponse },
      },
    },
    (request) => alerts.savePreferences(callerOf(request), request.body),
  );
}
