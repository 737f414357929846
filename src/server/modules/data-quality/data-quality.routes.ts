import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { dataQuality, dataQualityQuery } from "../../../contract/data-quality";
import { callerOf } from "../auth/auth.hooks";
import type { createDataQualityService } from "./data-quality.service";

export function registerDataQualityRoutes(
  app: FastifyInstance,
  deps: { dataQuality: ReturnType<typeof createDataQualityService> },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/data-quality",
    {
      schema: {
        tags: ["data quality"],
        summary:
          "入力精度: completeness of the seven fields, freshness, evidence coverage of stage changes and overrides, per person, with the deals to fix",
        querystring: dataQualityQuery,
        response: { 200: dataQuality, 400: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    (request) => deps.dataQuality.report(callerOf(request), request.query),
  );
}
