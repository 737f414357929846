// The KPI catalogue (built in and the org's own), CSF/KFS, and the KPIs each team works on.
import type { z } from "zod";
import type { KpiDefinition, kpiCreate, successFactors, teamKpisUpdate } from "../../../contract/kpis";
import { kpiMetrics } from "../../../domain/kpi-catalogue";
import { phasePresets } from "../../../domain/kpi-presets";
import { parseFormula } from "../../../domain/metric-formula";
import { diffRecords } from "../../../domain/record-diff";
import { mayView } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext } from "../auth/auth.service";
import type { KpiRepository } from "./kpis.repository";

export type KpiRepositories = { kpis: KpiRepository; audit: AuditRepository };

export function createKpiService(deps: {
  repos: KpiRepositories;
  inTransaction: <T>(work: (repos: KpiRepositories) => Promise<T>) => Promise<T>;
}) {
  const { repos, inTransaction } = deps;

  async function checkKeys(keys: string[]) {
    const known = new Set((await repos.kpis.list()).map((k) => k.key));
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length) throw new AppError("INVALID_REFERENCE", { field: "kpiKey", keys: unknown });
  }

  return {
    list: async (): Promise<KpiDefinition[]> => repos.kpis.list(),
    metrics: () => kpiMetrics,
    presets: () => phasePresets,

    async create(caller: AuthContext, input: z.output<typeof kpiCreate>) {
      if (caller.role !== "admin") throw new AppError("FORBIDDEN");
      if (!parseFormula(input.formula)) throw new AppError("FORMULA_INVALID", { formula: input.formula });
      if (await repos.kpis.find(input.key))
        throw new AppError("VALIDATION_FAILED", { field: "key", reason: "exists" });
      return inTransaction(async (tx) => {
        const row = await tx.kpis.insert({ ...input, builtIn: false });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "kpi",
          entityId: row.key,
          action: "create",
          changes: diffRecords<Record<string, unknown>>({}, input, [
            "name",
            "nameEn",
            "formula",
            "unit",
            "tier",
            "direction",
          ]),
        });
        return row;
      });
    },

    successFactors: () => repos.kpis.successFactors(),

    async replaceSuccessFactors(caller: AuthContext, input: z.output<typeof successFactors>) {
      if (caller.role !== "admin") throw new AppError("FORBIDDEN");
      await checkKeys(input.flatMap((f) => f.kpiKeys));
      return inTransaction(async (tx) => {
        const before = await tx.kpis.successFactors();
        await tx.kpis.replaceSuccessFactors(input.map(({ id: _, ...f }, i) => ({ ...f, sortOrder: i })));
        await tx.audit.record({
          actorId: caller.userId,
          entity: "success_factors",
          entityId: "org",
          action: "update",
          changes: { factors: { before: before.map((f) => f.name), after: input.map((f) => f.name) } },
        });
        return tx.kpis.successFactors();
      });
    },

    async teamKpis(caller: AuthContext, teamId: string) {
      if (!mayView(caller.access.read, { kind: "team", id: teamId })) throw new AppError("NOT_FOUND");
      return (await repos.kpis.teamKpis(teamId)).map(({ kpiKey, stars }) => ({ kpiKey, stars }));
    },

    async updateTeamKpis(caller: AuthContext, teamId: string, input: z.output<typeof teamKpisUpdate>) {
      const mayEdit =
        caller.role === "admin" ||
        (caller.role === "manager" && mayView(caller.access.write, { kind: "team", id: teamId }));
      if (!mayEdit) throw new AppError("FORBIDDEN");
      const kpis = input.preset
        ? (phasePresets.find((p) => p.key === input.preset)?.kpis ?? [])
        : (input.kpis ?? []);
      await checkKeys(kpis.map((k) => k.kpiKey));
      return inTransaction(async (tx) => {
        const before = await tx.kpis.teamKpis(teamId);
        await tx.kpis.replaceTeamKpis(teamId, kpis);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "team_kpis",
          entityId: teamId,
          action: "update",
          changes: {
            kpis: {
              before: before.map((k) => `${k.kpiKey}:${k.stars}`),
              after: kpis.map((k) => `${k.kpiKey}:${k.stars}`),
            },
          },
        });
        return kpis;
      });
    },
  };
}
