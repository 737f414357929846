import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountDetail, accountListQuery, accountPage } from "../../../contract/accounts";
import { errorResponse, idParams } from "../../../contract/common";
import { callerOf } from "../auth/auth.hooks";
import type { AccountService } from "./accounts.service";

export function registerAccountRoutes(app: FastifyInstance, deps: { accounts: AccountService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["accounts"];

  r.get(
    "/api/v1/accounts",
    {
      schema: {
        tags,
        summary: "Accounts the caller may see, with their open pipeline",
        querystring: accountListQuery,
        response: { 200: accountPage, 400: errorResponse },
      },
    },
    (request) => deps.accounts.list(callerOf(request), request.query),
  );

  r.get(
    "/api/v1/accounts/industries",
    {
      schema: {
        tags,
        summary: "The industries of the accounts the caller may see",
        response: { 200: z.array(z.string()) },
      },
    },
    (request) => deps.accounts.industries(callerOf(request)),
  );

  r.get(
    "/api/v1/accounts/:id",
    {
      schema: {
        tags,
        summary: "An account with its contacts",
        params: idParams,
        response: { 200: accountDetail, 404: errorResponse },
      },
    },
    (request) => deps.accounts.get(callerOf(request), request.params.id),
  );
}
