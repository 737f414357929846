import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { errorResponse } from "../../../contract/common";
import type { Language } from "../../../contract/errors";
import {
  accountExportQuery,
  activityExportQuery,
  contactExportQuery,
  dashboardExportQuery,
  dataQualityExportQuery,
  dealExportQuery,
  exportFile,
  funnelExportQuery,
  leadExportQuery,
} from "../../../contract/exports";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { AuthContext } from "../auth/auth.service";
import type { ListExportService } from "./list-exports.service";
import type { ReportExportService } from "./report-exports.service";
import { type FileQuery, sendFile } from "./send-file";
import type { ExportFile } from "./table-export";

export function registerExportRoutes(
  app: FastifyInstance,
  deps: { lists: ListExportService; reports: ReportExportService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { lists, reports } = deps;

  function route<S extends z.ZodType<FileQuery>>(
    url: string,
    summary: string,
    querystring: S,
    make: (caller: AuthContext, query: z.output<S>, lang: Language) => Promise<ExportFile>,
  ) {
    r.get(
      url,
      {
        // A HEAD would read the whole export only to throw it away.
        exposeHeadRoute: false,
        schema: {
          tags: ["exports"],
          summary,
          querystring,
          response: { 200: exportFile, 400: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const query = request.query as z.output<S>;
        const lang = query.lang ?? languageOf(request);
        const file = await make(caller, query, lang);
        return sendFile(reply, file, query, { lang, timeZone: caller.timeZone });
      },
    );
  }

  const listNote = "with the list's filters and sort, every matching row (not one page), streamed";
  route(
    "/api/v1/deals/export",
    `Deals the caller may see as .xlsx or CSV, ${listNote}`,
    dealExportQuery,
    lists.deals,
  );
  route(
    "/api/v1/accounts/export",
    `Accounts as .xlsx or CSV, ${listNote}`,
    accountExportQuery,
    lists.accounts,
  );
  route(
    "/api/v1/contacts/export",
    "Contacts of the accounts the caller may see, as .xlsx or CSV, streamed",
    contactExportQuery,
    lists.contacts,
  );
  route(
    "/api/v1/activities/export",
    `Activities as .xlsx or CSV, ${listNote}`,
    activityExportQuery,
    lists.activities,
  );
  route(
    "/api/v1/leads/export",
    "Leads the caller may see (by team and owner, like deals) as .xlsx or CSV, streamed",
    leadExportQuery,
    lists.leads,
  );
  route(
    "/api/v1/data-quality/export",
    "The data-quality tables (per person; deals to fix) of the same query as /data-quality",
    dataQualityExportQuery,
    reports.dataQuality,
  );
  route(
    "/api/v1/dashboard/export",
    "The dashboard's tables (KPIs, action KPIs, activities per day, funnel, rankings, stale deals) of the same scope and period; one worksheet each, or `table` alone (CSV: `table`, else KPIs)",
    dashboardExportQuery,
    reports.dashboard,
  );
  route(
    "/api/v1/analysis/funnel/export",
    "The funnel analysis' tables (steps, volume, groups) of the same query as /analysis/funnel",
    funnelExportQuery,
    reports.funnel,
  );
}
