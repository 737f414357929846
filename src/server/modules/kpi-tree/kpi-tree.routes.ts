import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { planRequest, planResponse } from "../../../contract/kpi-tree";
import { dailyTargets, kpiTree, kpiTreeQuery } from "../../../contract/kpis";
import { callerOf } from "../auth/auth.hooks";
import type { createKpiProgressService } from "./kpi-progress.service";
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

export function registerKpiProgressRoutes(
  app: FastifyInstance,
  deps: { progress: ReturnType<typeof createKpiProgressService> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/kpi-tree",
    {
      schema: {
        tags: ["kpi tree"],
        summary:
          "The KPI tree of a scope and period: target, actual to date, achievement, business-day pace and status per KPI",
        querystring: kpiTreeQuery,
        response: { 200: kpiTree, 400: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    (request) => deps.progress.tree(callerOf(request), request.query),
  );
  r.get(
    "/api/v1/me/daily-targets",
    {
      schema: {
        tags: ["kpi tree"],
        summary:
          "Today's action targets (calls, contacts, meetings) next to what was done today and this week",
        response: { 200: dailyTargets },
      },
    },
    (request) => deps.progress.daily(callerOf(request)),
  );
}
