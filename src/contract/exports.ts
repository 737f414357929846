// Exports of every list and report table to .xlsx or CSV (SPEC.md C11): each takes the filters of the
// list or report it exports, without paging, plus the file format and, optionally, the header language.
import { z } from "zod";
import { accountListQuery } from "./accounts";
import { activityListQuery } from "./activities";
import { funnelAnalysisQuery } from "./analysis";
import { idSchema, localeSchema } from "./common";
import { dashboardQuery } from "./dashboard";
import { dataQualityQuery } from "./data-quality";
import { dealListQuery } from "./deals";
import { leadListQuery } from "./leads";

export const exportFormat = z.enum(["xlsx", "csv"]);
export type ExportFormat = z.infer<typeof exportFormat>;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

const fileOptions = {
  format: exportFormat.default("xlsx"),
  /** Headers and labels in this language; else Accept-Language, the caller's profile, Japanese. */
  lang: localeSchema.optional(),
};
const unpaged = { limit: true, offset: true } as const;

export const dealExportQuery = dealListQuery.omit(unpaged).extend(fileOptions);
export type DealExportQuery = z.infer<typeof dealExportQuery>;

export const accountExportQuery = accountListQuery.omit(unpaged).extend(fileOptions);
export type AccountExportQuery = z.infer<typeof accountExportQuery>;

export const contactExportQuery = z.object({
  accountId: idSchema.optional(),
  /** Contact name, e-mail or account name. */
  q: z.string().trim().max(200).optional(),
  ...fileOptions,
});
export type ContactExportQuery = z.infer<typeof contactExportQuery>;

export const activityExportQuery = activityListQuery.omit(unpaged).extend(fileOptions);
export type ActivityExportQuery = z.infer<typeof activityExportQuery>;

export const leadExportQuery = leadListQuery.omit(unpaged).extend(fileOptions);
export type LeadExportQuery = z.infer<typeof leadExportQuery>;

/** Report tables: .xlsx holds one worksheet each (or only `table`); CSV holds `table`, else the first. */
export const dataQualityTables = ["people", "dealsToFix"] as const;
export const dataQualityExportQuery = dataQualityQuery.extend({
  table: z.enum(dataQualityTables).optional(),
  ...fileOptions,
});
export type DataQualityExportQuery = z.infer<typeof dataQualityExportQuery>;

export const dashboardTables = ["kpis", "activities", "daily", "funnel", "rankings", "stale"] as const;
export const dashboardExportQuery = dashboardQuery.extend({
  table: z.enum(dashboardTables).optional(),
  ...fileOptions,
});
export type DashboardExportQuery = z.infer<typeof dashboardExportQuery>;

export const funnelTables = ["steps", "volume", "groups"] as const;
export const funnelExportQuery = funnelAnalysisQuery.extend({
  table: z.enum(funnelTables).optional(),
  ...fileOptions,
});
export type FunnelExportQuery = z.infer<typeof funnelExportQuery>;

/** The answer of every export: the file itself, streamed. */
export const exportFile = z.string().meta({
  description: "The exported file (.xlsx by default; CSV in UTF-8 with a BOM), as an attachment",
  content: {
    [XLSX_TYPE]: { schema: { type: "string", format: "binary" } },
    [CSV_TYPE]: { schema: { type: "string" } },
  },
});
