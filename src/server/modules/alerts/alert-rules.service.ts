// Alert rules (settings): admins keep the org's and any team's, managers those of their own teams
// (their team's subtree); edits are versioned and audited. `run` evaluates a rule at once, the
// settings page's test button.
import {
  type AlertRule,
  type AlertRuleCreate,
  type AlertRulePatch,
  type AlertRuleRun,
  alertParamsSchemas,
} from "../../../contract/alerts";
import { type AlertKind, alertParamsOf } from "../../../domain/alerts/alert-params";
import { diffRecords } from "../../../domain/record-diff";
import { subtreeOf } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import type { AlertDelivery } from "./alert-delivery";
import type { AlertEvaluator } from "./alert-evaluation";
import type { AlertJobs } from "./alert-jobs";
import type { AlertRuleRepository, AlertRuleView } from "./alert-rules.repository";

export type AlertRuleRepositories = { alertRules: AlertRuleRepository; audit: AuditRepository };
export type AlertRuleService = ReturnType<typeof createAlertRuleService>;

const audited = ["kind", "teamId", "params", "escalateAfterHours", "active"] as const;
/** The thresholds compare (and are kept in the audit log) as their JSON. */
const auditable = (row: object): Record<string, unknown> => {
  const values = row as Record<string, unknown>;
  return values.params === undefined ? values : { ...values, params: JSON.stringify(values.params) };
};

const toRule = (row: AlertRuleView): AlertRule => ({
  id: row.id,
  kind: row.kind,
  teamId: row.teamId,
  teamName: row.teamName,
  params: alertParamsOf(row.kind as AlertKind, row.params),
  escalateAfterHours: row.escalateAfterHours,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

const accumulating = new Set(["count", "yen"]);

export function createAlertRuleService(deps: {
  repos: AlertRuleRepositories;
  inTransaction: <T>(work: (repos: AlertRuleRepositories) => Promise<T>) => Promise<T>;
  directory: DirectoryRepository;
  kpis: KpiRepository;
  evaluator: AlertEvaluator;
  delivery: AlertDelivery;
  jobs: AlertJobs;
  clock: Clock;
}) {
  const { repos, inTransaction, directory, clock } = deps;

  /** The teams a manager keeps rules for: their team and those below it. */
  async function ownTeams(caller: AuthContext) {
    return caller.teamId ? subtreeOf(await directory.listTeams("all"), caller.teamId) : [];
  }

  /** Admins: any rule; managers: rules of their teams (not the org's); members: none. */
  async function requireManage(caller: AuthContext, teamId: string | null) {
    if (caller.role === "admin") return;
    if (caller.role === "manager" && teamId !== null && (await ownTeams(caller)).includes(teamId)) return;
    throw new AppError("FORBIDDEN");
  }

  async function checkReferences(kind: AlertKind, teamId: string | null, params: Record<string, unknown>) {
    if (teamId !== null && (await directory.listTeams([teamId])).length === 0)
      throw new AppError("INVALID_REFERENCE", { field: "teamId" });
    if (kind !== "pace_behind" && kind !== "kpi_below_minimum") return;
    const kpi = await deps.kpis.find(String(params.kpiKey));
    if (!kpi) throw new AppError("INVALID_REFERENCE", { field: "params.kpiKey" });
    if (kind === "pace_behind" && !accumulating.has(kpi.unit))
      throw new AppError("VALIDATION_FAILED", {
        issues: [{ path: "body.params.kpiKey", message: "pace_behind needs a count or money KPI" }],
      });
  }

  /** A patch's thresholds, checked against the rule's kind. */
  function paramsFor(kind: AlertKind, params: Record<string, unknown>) {
    const parsed = alertParamsSchemas[kind].safeParse(params);
    if (!parsed.success)
      throw new AppError("VALIDATION_FAILED", {
        issues: parsed.error.issues.map((i) => ({
          path: ["body", "params", ...i.path].join("."),
          message: i.message,
        })),
      });
    return parsed.data as Record<string, unknown>;
  }

  async function existing(caller: AuthContext, id: string) {
    const rule = await repos.alertRules.find(id);
    if (!rule) throw new AppError("NOT_FOUND");
    await requireManage(caller, rule.teamId);
    return rule;
  }

  return {
    async list(caller: AuthContext) {
      if (caller.role === "member") throw new AppError("FORBIDDEN");
      const filter = caller.role === "admin" ? "all" : { teamIds: await ownTeams(caller) };
      return (await repos.alertRules.list(filter)).map(toRule);
    },

    async create(caller: AuthContext, input: AlertRuleCreate) {
      await requireManage(caller, input.teamId);
      await checkReferences(input.kind, input.teamId, input.params);
      const id = await inTransaction(async (tx) => {
        const ruleId = await tx.alertRules.insert({ ...input, createdBy: caller.userId });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "alert_rule",
          entityId: ruleId,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, auditable(input), audited),
        });
        return ruleId;
      });
      return toRule((await repos.alertRules.find(id)) as AlertRuleView);
    },

    async update(caller: AuthContext, id: string, patch: AlertRulePatch) {
      const { version, ...edits } = patch;
      const before = await existing(caller, id);
      const kind = before.kind as AlertKind;
      if (edits.teamId !== undefined) await requireManage(caller, edits.teamId);
      const params = edits.params === undefined ? undefined : paramsFor(kind, edits.params);
      await checkReferences(
        kind,
        edits.teamId ?? before.teamId,
        params ?? alertParamsOf(kind, before.params),
      );
      await inTransaction(async (tx) => {
        const locked = await tx.alertRules.findForUpdate(id);
        if (!locked) throw new AppError("NOT_FOUND");
        if (locked.version !== version)
          throw new AppError("VERSION_CONFLICT", {
            current: toRule({ ...locked, teamName: before.teamName }),
          });
        const values = { ...edits, ...(params === undefined ? {} : { params }) };
        const changes = diffRecords(auditable(locked), auditable(values), audited);
        if (Object.keys(changes).length === 0) return;
        await tx.alertRules.update(id, { ...values, updatedAt: clock.now(), version: version + 1 });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "alert_rule",
          entityId: id,
          action: "update",
          changes,
        });
      });
      return toRule((await repos.alertRules.find(id)) as AlertRuleView);
    },

    async remove(caller: AuthContext, id: string, version: number) {
      await existing(caller, id);
      await inTransaction(async (tx) => {
        const locked = await tx.alertRules.findForUpdate(id);
        if (!locked) throw new AppError("NOT_FOUND");
        if (locked.version !== version) throw new AppError("VERSION_CONFLICT");
        await tx.alertRules.delete(id);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "alert_rule",
          entityId: id,
          action: "delete",
          changes: diffRecords(auditable(locked), Object.fromEntries(audited.map((f) => [f, null])), audited),
        });
      });
    },

    /** Evaluates the rule now; what it raises is delivered like the schedule's. */
    async run(caller: AuthContext, id: string): Promise<AlertRuleRun> {
      const rule = await existing(caller, id);
      const { firing, raised } = await deps.evaluator.evaluateRule(rule, clock.now());
      await deps.jobs.dispatch(
        await deps.delivery.plan(
          raised.map((a) => ({ id: a.id, personId: a.recipientId })),
          "recipient",
        ),
      );
      return { firing, raised: raised.length };
    },
  };
}
