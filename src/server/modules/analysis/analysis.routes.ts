import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { diagnosis, diagnosisQuery, funnelAnalysis, funnelAnalysisQuery } from "../../../contract/analysis";
import { errorResponse } from "../../../contract/common";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { createAnalysisService } from "./analysis.service";

export function registerAnalysisRoutes(
  app: FastifyInstance,
  deps: { analysis: ReturnType<typeof createAnalysisService> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  r.get(
    "/api/v1/analysis/funnel",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Funnel decomposition: each conversion step's actual rate against its target rate and the bottleneck, for the scope and per person, channel, industry, size, weekday or hour",
        querystring: funnelAnalysisQuery,
        response: { 200: funnelAnalysis, ...errors },
      },
    },
    (request) => deps.analysis.funnel(callerOf(request), request.query, languageOf(request)),
  );
  r.get(
    "/api/v1/analysis/diagnosis",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Volume or quality: for the scope and each person below it, whether the action KPIs are on pace and, if so, the weakest conversion step with its typical causes",
        querystring: diagnosisQuery,
        response: { 200: diagnosis, ...errors },
      },
    },
    (request) => deps.analysis.diagnosis(callerOf(request), request.query, languageOf(request)),
  );
}
