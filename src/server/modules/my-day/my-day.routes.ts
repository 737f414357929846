import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import { myDay, myDayQuery } from "../../../contract/my-day";
import { callerOf } from "../auth/auth.hooks";
import type { createMyDayService } from "./my-day.service";

export function registerMyDayRoutes(
  app: FastifyInstance,
  deps: { myDay: ReturnType<typeof createMyDayService> },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/my-day",
    {
      schema: {
        tags: ["tasks"],
        summary:
          "A rep's day: tasks, meetings, daily action targets against what is done so far, stale deals, SLA breaches",
        querystring: myDayQuery,
        response: { 200: myDay, 400: errorResponse, 404: errorResponse },
      },
    },
    (request) => deps.myDay.get(callerOf(request), request.query.userId),
  );
}
