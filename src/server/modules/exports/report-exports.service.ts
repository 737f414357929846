// Exports of the report tables (data quality, dashboard, funnel analysis): the figures come from the
// very service the screen reads, so an exported rate is the rate on the screen; nothing is recomputed.
import type { Language } from "../../../contract/errors";
import type {
  DashboardExportQuery,
  DataQualityExportQuery,
  FunnelExportQuery,
} from "../../../contract/exports";
import { dateInZone } from "../../../domain/calendar";
import type { createAnalysisService } from "../analysis/analysis.service";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { createDashboardService } from "../dashboard/dashboard.service";
import type { createDataQualityService } from "../data-quality/data-quality.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import { dashboardTables } from "./dashboard-export";
import { funnelTables } from "./funnel-export";
import { qualityTables } from "./quality-export";
import type { ExportFile } from "./table-export";

export type ReportExportService = ReturnType<typeof createReportExportService>;

export function createReportExportService(deps: {
  dataQuality: ReturnType<typeof createDataQualityService>;
  dashboard: ReturnType<typeof createDashboardService>;
  analysis: ReturnType<typeof createAnalysisService>;
  directory: DirectoryRepository;
  clock: Clock;
}) {
  const { dataQuality, dashboard, analysis, directory, clock } = deps;
  const dateOf = (caller: AuthContext) => dateInZone(clock.now(), caller.timeZone);

  return {
    async dataQuality(
      caller: AuthContext,
      query: DataQualityExportQuery,
      lang: Language,
    ): Promise<ExportFile> {
      const [report, teams] = await Promise.all([
        dataQuality.report(caller, { scope: query.scope, days: query.days }),
        directory.listTeams("all"),
      ]);
      return { name: "data-quality", date: dateOf(caller), tables: qualityTables(report, teams, lang) };
    },

    async dashboard(caller: AuthContext, query: DashboardExportQuery, lang: Language): Promise<ExportFile> {
      const { scope, period, rankBy } = query;
      const answer = await dashboard.dashboard(caller, { scope, period, rankBy }, lang);
      return { name: "dashboard", date: dateOf(caller), tables: dashboardTables(answer, lang) };
    },

    async funnel(caller: AuthContext, query: FunnelExportQuery, lang: Language): Promise<ExportFile> {
      const { scope, period, by } = query;
      const answer = await analysis.funnel(caller, { scope, period, by }, lang);
      return { name: "analysis-funnel", date: dateOf(caller), tables: funnelTables(answer, lang) };
    },
  };
}
