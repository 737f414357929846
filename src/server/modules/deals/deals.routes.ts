import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  board,
  boardQuery,
  deal,
  dealCreate,
  dealDetail,
  dealListQuery,
  dealPage,
  dealPatch,
  stageMove,
} from "../../../contract/deals";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { DealService } from "./deals.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

export function registerDealRoutes(app: FastifyInstance, deps: { deals: DealService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { deals } = deps;
  const tags = ["deals"];

  r.get(
    "/api/v1/deals",
    {
      schema: {
        tags,
        summary: "Deals the caller may see, filtered, sorted and paged",
        querystring: dealListQuery,
        response: { 200: dealPage, 400: errorResponse },
      },
    },
    (request) => deals.list(callerOf(request), request.query),
  );

  r.post(
    "/api/v1/deals",
    { schema: { tags, summary: "Create a deal", body: dealCreate, response: { 201: deal, ...errors } } },
    async (request, reply) => reply.status(201).send(await deals.create(callerOf(request), request.body)),
  );

  r.get(
    "/api/v1/deals/:id",
    {
      schema: {
        tags,
        summary: "A deal with its timeline of stage changes and field changes",
        params: idParams,
        response: { 200: dealDetail, 404: errorResponse },
      },
    },
    (request) => deals.get(callerOf(request), request.params.id),
  );

  r.patch(
    "/api/v1/deals/:id",
    {
      schema: {
        tags,
        summary: "Edit a deal; `version` must be the one read, or the answer is 409 with the current deal",
        params: idParams,
        body: dealPatch,
        response: { 200: deal, ...errors },
      },
    },
    (request) => deals.update(callerOf(request), request.params.id, request.body, languageOf(request)),
  );

  r.post(
    "/api/v1/deals/:id/stage",
    {
      schema: {
        tags,
        summary:
          "Move a deal to another stage through the stage gate: 422 STAGE_GATE_UNMET lists what is missing; a manager or admin may force it with overrideReason",
        params: idParams,
        body: stageMove,
        response: { 200: deal, ...errors },
      },
    },
    (request) => deals.moveStage(callerOf(request), request.params.id, request.body, languageOf(request)),
  );

  r.get(
    "/api/v1/board",
    {
      schema: {
        tags,
        summary: "The kanban board of a pipeline: per stage the count, amount and first cards",
        querystring: boardQuery,
        response: { 200: board, 400: errorResponse, 404: errorResponse },
      },
    },
    (request) => deals.board(callerOf(request), request.query),
  );
}
