import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { planRequest, planResponse } from "../../../contract/kpi-tree";
import { callerOf } from "../auth/auth.hooks";
import type { createKpiTreeService } from "./kpi-tree.service";

export function registerKpiTreeRoutes(
  app: FastifyInstance,
  deps: { kpiTree: ReturnType<typeof createKpiTreeService> },
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/api/v1/kpi-tree/plan",
    {
      schema: {
        tags: ["kpi tree"],
        summary:
          "逆算: from a revenue or wins KGI back to wins, meetings, effective contacts and calls, per business day and per person, with rates from the scope's history or overrides",
        body: planRequest,
        response: {
          200: planResponse,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
          422: errorResponse,
        },
      },
    },
    (request) => deps.kpiTree.plan(callerOf(request), request.body),
  );
}
