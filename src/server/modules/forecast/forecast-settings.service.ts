// The org's forecast rules: read by anyone signed in (the page shows the bands), changed by an
// administrator, audited.
import type { ForecastSettingsBody } from "../../../contract/forecast";
import { forecastSettingsOf, validYomiBands } from "../../../domain/forecast/forecast-settings";
import { diffRecords } from "../../../domain/record-diff";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { ForecastRepository } from "./forecast.repository";

export type ForecastSettingsService = ReturnType<typeof createForecastSettingsService>;
type Repos = { directory: DirectoryRepository; forecast: ForecastRepository; audit: AuditRepository };

/** Flat fields, so that the audit entry names the band that changed. */
const flat = (s: ForecastSettingsBody) => ({
  yomiA: s.yomi.a,
  yomiB: s.yomi.b,
  yomiC: s.yomi.c,
  coverageRule: s.coverageRule,
  lookbackMonths: s.lookbackMonths,
});

export function createForecastSettingsService(deps: {
  repos: Repos;
  inTransaction: <T>(work: (repos: Repos) => Promise<T>) => Promise<T>;
}) {
  return {
    async get() {
      return forecastSettingsOf((await deps.repos.directory.orgSettings())?.forecast);
    },

    async update(caller: AuthContext, body: ForecastSettingsBody) {
      if (caller.role !== "admin") throw new AppError("FORBIDDEN");
      if (!validYomiBands(body.yomi)) throw new AppError("VALIDATION_FAILED", { field: "yomi" });
      return deps.inTransaction(async (tx) => {
        const before = forecastSettingsOf((await tx.directory.orgSettings())?.forecast);
        await tx.forecast.updateSettings(body);
        const changes = diffRecords(flat(before), flat(body), [
          "yomiA",
          "yomiB",
          "yomiC",
          "coverageRule",
          "lookbackMonths",
        ]);
        if (Object.keys(changes).length > 0) {
          await tx.audit.record({
            actorId: caller.userId,
            entity: "forecast_settings",
            entityId: "org",
            action: "update",
            changes,
          });
        }
        return body;
      });
    },
  };
}
