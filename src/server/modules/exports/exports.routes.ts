import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { errorResponse } from "../../../contract/common";
import type { Language } from "../../../contract/errors";
import {
  accountExportQuery,
  activityExportQuery,
  CSV_TYPE,
  contactExportQuery,
  dashboardExportQuery,
  dataQualityExportQuery,
  dealExportQuery,
  type ExportFormat,
  exportFile,
  funnelExportQuery,
  leadExportQuery,
  XLSX_TYPE,
} from "../../../contract/exports";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { AuthContext } from "../auth/auth.service";
import { csvStream } from "./csv-export";
import type { ListExportService } from "./list-exports.service";
import type { ReportExportService } from "./report-exports.service";
import { contentDisposition, type ExportFile, endWhenStalled, type WriteOptions } from "./table-export";
import { xlsxStream } from "./xlsx-export";

/** How long a reader may take nothing before the download is ended. */
const STALL_MS = 120_000;

type FileQuery = { format: ExportFormat; lang?: Language | undefined; table?: string | undefined };

/** .xlsx: every table (or the one asked for) a worksheet; CSV: the table asked for, else the first. */
function sendFile(reply: FastifyReply, file: ExportFile, query: FileQuery, options: WriteOptions) {
  const picked = file.tables.filter((t) => !query.table || t.key === query.table);
  const several = file.tables.length > 1;
  reply.header("cache-control", "no-store");
  if (query.format === "csv") {
    const table = picked[0] ?? (file.tables[0] as ExportFile["tables"][number]);
    const name = `${file.name}${several ? `-${table.key}` : ""}-${file.date}.csv`;
    reply.header("content-type", CSV_TYPE).header("content-disposition", contentDisposition(name));
    return reply.send(endWhenStalled(csvStream(table, options), STALL_MS));
  }
  const name = `${file.name}${several && query.table ? `-${query.table}` : ""}-${file.date}.xlsx`;
  reply.header("content-type", XLSX_TYPE).header("content-disposition", contentDisposition(name));
  return reply.send(endWhenStalled(xlsxStream(picked, options), STALL_MS));
}

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
