import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  allocationRequest,
  allocationResponse,
  suggestion,
  suggestionQuery,
  target,
  targetRevision,
  targetsQuery,
  targetUpsert,
} from "../../../contract/targets";
import { callerOf } from "../auth/auth.hooks";
import type { createTargetService } from "./targets.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

export function registerTargetRoutes(
  app: FastifyInstance,
  deps: { targets: ReturnType<typeof createTargetService> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["targets"];

  r.get(
    "/api/v1/targets",
    {
      schema: {
        tags,
        summary: "Targets of a period for a scope (and below it)",
        querystring: targetsQuery,
        response: { 200: z.array(target), ...errors },
      },
    },
    (request) => deps.targets.list(callerOf(request), request.query),
  );

  r.put(
    "/api/v1/targets",
    {
      schema: {
        tags,
        summary: "Set a target with its levels; after the period starts a change needs a revision reason",
        body: targetUpsert,
        response: { 200: target, ...errors },
      },
    },
    (request) => deps.targets.upsert(callerOf(request), request.body),
  );

  r.post(
    "/api/v1/targets/allocate",
    {
      schema: {
        tags,
        summary: "Allocate a team target to its members by skill level or by hand, summing exactly",
        body: allocationRequest,
        response: { 200: allocationResponse, ...errors },
      },
    },
    (request) => deps.targets.allocate(callerOf(request), request.body),
  );

  r.get(
    "/api/v1/targets/suggestion",
    {
      schema: {
        tags,
        summary:
          "Suggested stretch / achievement / minimum levels from the median of the scope's recent months",
        querystring: suggestionQuery,
        response: { 200: suggestion, ...errors },
      },
    },
    (request) => deps.targets.suggest(callerOf(request), request.query),
  );

  r.get(
    "/api/v1/targets/:id/revisions",
    {
      schema: {
        tags,
        summary: "The revision log of a target",
        params: idParams,
        response: { 200: z.array(targetRevision), ...errors },
      },
    },
    (request) => deps.targets.revisions(callerOf(request), request.params.id),
  );
}
