// The org's inside-sales rules: read by anyone signed in (pick lists, the SLA the pages show),
// changed by an administrator, audited. A new SLA applies to leads created from then on.
import type { InsideSalesSettingsBody } from "../../../contract/leads";
import { validBusinessHours } from "../../../domain/inside-sales/inside-sales-settings";
import { diffRecords } from "../../../domain/record-diff";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import { insideSalesRules } from "./inside-sales-settings";

type Repos = { directory: DirectoryRepository; audit: AuditRepository };

const unique = (items: { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

/** Flat fields, so that the audit entry names what changed. */
const flat = (s: InsideSalesSettingsBody) => ({
  slaMinutes: s.slaMinutes,
  businessHours: `${s.businessHours.start}-${s.businessHours.end}`,
  ratingDays: s.ratingDays,
  channels: s.channels.map((c) => c.key).join(","),
  disqualifyReasons: s.disqualifyReasons.map((r) => r.key).join(","),
});

export function createInsideSalesSettingsService(deps: {
  repos: Repos;
  inTransaction: <T>(work: (repos: Repos) => Promise<T>) => Promise<T>;
}) {
  return {
    async get(): Promise<InsideSalesSettingsBody> {
      const { hours: _, ...settings } = await insideSalesRules(deps.repos.directory);
      return settings;
    },

    async update(caller: AuthContext, body: InsideSalesSettingsBody) {
      if (caller.role !== "admin") throw new AppError("FORBIDDEN");
      if (
        !validBusinessHours(body.businessHours) ||
        !unique(body.channels) ||
        !unique(body.disqualifyReasons)
      ) {
        throw new AppError("SETTINGS_INVALID");
      }
      return deps.inTransaction(async (tx) => {
        const { hours: _, ...before } = await insideSalesRules(tx.directory);
        await tx.directory.updateInsideSales(body);
        const changes = diffRecords(flat(before), flat(body), [
          "slaMinutes",
          "businessHours",
          "ratingDays",
          "channels",
          "disqualifyReasons",
        ]);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "inside_sales_settings",
          entityId: "org",
          action: "update",
          changes,
        });
        return body;
      });
    },
  };
}
