import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  activity,
  activityCreate,
  activityDelete,
  activityListQuery,
  activityPage,
  activityPatch,
} from "../../../contract/activities";
import { errorResponse, idParams } from "../../../contract/common";
import { callerOf } from "../auth/auth.hooks";
import type { createActivityService } from "./activities.service";

export function registerActivityRoutes(
  app: FastifyInstance,
  deps: { activities: ReturnType<typeof createActivityService> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { activities } = deps;
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  const tags = ["activities"];
  r.get(
    "/api/v1/activities",
    {
      schema: {
        tags,
        summary: "Activities of a scope, newest first, filtered by dates, kind, outcome or deal",
        querystring: activityListQuery,
        response: { 200: activityPage, ...errors },
      },
    },
    (request) => activities.list(callerOf(request), request.query),
  );
  r.get(
    "/api/v1/activities/:id",
    { schema: { tags, summary: "One activity", params: idParams, response: { 200: activity, ...errors } } },
    (request) => activities.get(callerOf(request), request.params.id),
  );
  r.post(
    "/api/v1/activities",
    {
      schema: {
        tags,
        summary: "Log a call, email or meeting with its outcome (counted on the dashboard at once)",
        body: activityCreate,
        response: { 201: activity, ...errors, 422: errorResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await activities.create(callerOf(request), request.body)),
  );
  r.patch(
    "/api/v1/activities/:id",
    {
      schema: {
        tags,
        summary: "Change an activity; a stale version gets 409 with the current one",
        params: idParams,
        body: activityPatch,
        response: { 200: activity, ...errors, 409: errorResponse, 422: errorResponse },
      },
    },
    (request) => activities.update(callerOf(request), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/activities/:id",
    {
      schema: {
        tags,
        summary: "Delete an activity logged by mistake (?version=N)",
        params: idParams,
        querystring: activityDelete,
        response: { 204: z.null(), ...errors, 409: errorResponse },
      },
    },
    async (request, reply) => {
      await activities.remove(callerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
}
