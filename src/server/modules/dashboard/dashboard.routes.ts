import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { dashboard, dashboardQuery } from "../../../contract/dashboard";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { createDashboardService } from "./dashboard.service";

export function registerDashboardRoutes(
  app: FastifyInstance,
  deps: { dashboard: ReturnType<typeof createDashboardService> },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/dashboard",
    {
      schema: {
        tags: ["dashboard"],
        summary:
          "The progress dashboard of a scope and period: KGI and action KPIs against target and business-day pace, the same point of the previous period, landing, funnel, stale deals, activities and rankings",
        querystring: dashboardQuery,
        response: { 200: dashboard, 400: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    (request) => deps.dashboard.dashboard(callerOf(request), request.query, languageOf(request)),
  );
}
