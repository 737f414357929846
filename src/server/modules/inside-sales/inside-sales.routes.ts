import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { insideSales, insideSalesQuery } from "../../../contract/inside-sales";
import { callerOf } from "../auth/auth.hooks";
import type { InsideSalesService } from "./inside-sales.service";

export function registerInsideSalesRoutes(app: FastifyInstance, deps: { insideSales: InsideSalesService }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/inside-sales",
    {
      schema: {
        tags: ["dashboard"],
        summary:
          "The inside-sales KPIs of a scope and period against target, conversion by lead channel, SLA breaches now",
        querystring: insideSalesQuery,
        response: { 200: insideSales, 400: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    (request) => deps.insideSales.section(callerOf(request), request.query),
  );
}
