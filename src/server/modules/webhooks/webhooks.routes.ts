import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  deliveryParams,
  deliveryQuery,
  webhook,
  webhookCreate,
  webhookCreated,
  webhookDelivery,
  webhookPatch,
} from "../../../contract/webhooks";
import { requireRole } from "../auth/auth.hooks";
import type { WebhookService } from "./webhooks.service";

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const signing =
  "Each delivery is a POST with X-Susumu-Event, X-Susumu-Delivery, X-Susumu-Timestamp and X-Susumu-Signature " +
  "(sha256=<hex HMAC-SHA256 of timestamp + '.' + body with the webhook's secret>); any 2xx is success, " +
  "anything else is retried with exponential backoff.";

export function registerWebhookRoutes(app: FastifyInstance, deps: { webhooks: WebhookService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { webhooks } = deps;
  const tags = ["webhooks"];

  r.get(
    "/api/v1/webhooks",
    {
      schema: { tags, summary: "Webhooks (admin)", response: { 200: z.array(webhook), 403: errorResponse } },
    },
    (request) => {
      requireRole(request, "admin");
      return webhooks.list();
    },
  );

  r.post(
    "/api/v1/webhooks",
    {
      schema: {
        tags,
        summary: "Register a URL for deal and activity events (admin); the secret is shown only here",
        description: signing,
        body: webhookCreate,
        response: { 201: webhookCreated, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await webhooks.create(requireRole(request, "admin"), request.body)),
  );

  r.patch(
    "/api/v1/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Edit a webhook (admin); 409 when `version` is not the latest",
        params: idParams,
        body: webhookPatch,
        response: { 200: webhook, ...errors },
      },
    },
    (request) => webhooks.update(requireRole(request, "admin"), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Delete a webhook and its delivery log (admin)",
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await webhooks.remove(requireRole(request, "admin"), request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/api/v1/webhooks/:id/deliveries",
    {
      schema: {
        tags,
        summary: "The delivery log of a webhook, newest first (admin)",
        params: idParams,
        querystring: deliveryQuery,
        response: { 200: z.array(webhookDelivery), ...errors },
      },
    },
    (request) => {
      requireRole(request, "admin");
      return webhooks.deliveries(request.params.id, request.query);
    },
  );

  r.post(
    "/api/v1/webhooks/:id/test",
    {
      schema: {
        tags,
        summary: "Send a ping delivery now and answer with its outcome (admin)",
        params: idParams,
        response: { 200: webhookDelivery, ...errors },
      },
    },
    (request) => {
      requireRole(request, "admin");
      return webhooks.test(request.params.id);
    },
  );

  r.post(
    "/api/v1/webhook-deliveries/:id/replay",
    {
      schema: {
        tags,
        summary: "Send a delivery again, with a new round of retries (admin)",
        params: deliveryParams,
        response: { 200: webhookDelivery, ...errors },
      },
    },
    (request) => {
      requireRole(request, "admin");
      return webhooks.replay(request.params.id);
    },
  );
}
