// Targets: set with levels, revised with a reason once the period runs, allocated to members so that
// the parts add up, and suggested from the scope's own monthly actuals.
import type { z } from "zod";
import type {
  allocationRequest,
  suggestionQuery,
  Target,
  TargetUpsert,
  targetsQuery,
} from "../../../contract/targets";
import { allocate, defaultSkillWeights } from "../../../domain/allocation";
import { dateInZone } from "../../../domain/calendar";
import { evaluateFormula, parseFormula } from "../../../domain/metric-formula";
import { type Period, parsePeriod, periodContaining } from "../../../domain/periods";
import { diffRecords } from "../../../domain/record-diff";
import { formatScope, mayView, parseScope, type ScopeTarget, subtreeOf } from "../../../domain/scope";
import { suggestLevels } from "../../../domain/target-levels";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricsService } from "../metrics/metrics.service";
import type { TargetKey, TargetRepository, TargetRow } from "./targets.repository";

export type TargetRepositories = {
  targets: TargetRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
};
type Revision = TargetUpsert["revision"];

export function createTargetService(deps: {
  repos: TargetRepositories;
  inTransaction: <T>(work: (repos: TargetRepositories) => Promise<T>) => Promise<T>;
  metrics: MetricsService;
  clock: Clock;
}) {
  const { repos, inTransaction, metrics, clock } = deps;

  async function periodOf(text: string) {
    const org = await repos.directory.orgSettings();
    const fyStart = org?.fiscalYearStartMonth ?? 4;
    const period = parsePeriod(text, fyStart);
    if (!period) throw new AppError("PERIOD_INVALID");
    return { period, fyStart };
  }

  function keyOf(kpiKey: string, period: Period, scope: ScopeTarget): TargetKey {
    return {
      kpiKey,
      periodKind: period.kind,
      periodStart: period.start,
      scopeKind: scope.kind,
      teamId: scope.kind === "team" ? scope.id : null,
      userId: scope.kind === "user" ? scope.id : null,
    };
  }

  /** Admins set any target; managers those of their teams and people; members none. */
  async function checkMaySet(caller: AuthContext, scope: ScopeTarget) {
    const person = scope.kind === "user" ? await repos.directory.findUser(scope.id) : undefined;
    if (scope.kind === "user" && !person) throw new AppError("INVALID_REFERENCE", { field: "scope" });
    const allowed =
      caller.role === "admin" ||
      (caller.role === "manager" && scope.kind !== "org" && mayView(caller.access.write, scope, person));
    if (!allowed) throw new AppError("FORBIDDEN");
  }

  function toTarget(row: TargetRow, revisions: number, fyStart: number): Target {
    const scope = scopeOfRow(row);
    return {
      id: row.id,
      kpiKey: row.kpiKey,
      period: periodContaining(row.periodKind, row.periodStart, fyStart).label,
      periodStart: row.periodStart,
      scope: formatScope(scope),
      value: row.value,
      stretch: row.stretch,
      minimum: row.minimum,
      version: row.version,
      revisions,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Writes one target inside a transaction: created, or changed with its version and, once the period runs, a revision. */
  async function save(
    caller: AuthContext,
    tx: TargetRepositories,
    key: TargetKey,
    levels: { value: number; stretch?: number | null; minimum?: number | null },
    started: boolean,
    revision: Revision,
    version?: number,
  ) {
    const now = clock.now();
    const existing = await tx.targets.findForUpdate(key);
    if (!existing) {
      const row = await tx.targets.insert({
        ...key,
        ...levels,
        createdBy: caller.userId,
        createdAt: now,
        updatedAt: now,
      });
      await tx.audit.record({
        actorId: caller.userId,
        entity: "target",
        entityId: row.id,
        action: "create",
        changes: diffRecords<Record<string, unknown>>({}, levels, ["value", "stretch", "minimum"]),
      });
      return row;
    }
    if (version !== undefined && version !== existing.version)
      throw new AppError("VERSION_CONFLICT", { currentVersion: existing.version });
    const changes = diffRecords(existing, levels, ["value", "stretch", "minimum"]);
    if (Object.keys(changes).length === 0) return existing;
    if (started && !revision) throw new AppError("REVISION_REASON_REQUIRED");
    const row = await tx.targets.update(existing.id, {
      ...levels,
      updatedAt: now,
      version: existing.version + 1,
    });
    if (started && revision) {
      const pick = (r: TargetRow) => ({ value: r.value, stretch: r.stretch, minimum: r.minimum });
      await tx.targets.insertRevision({
        targetId: existing.id,
        changedBy: caller.userId,
        changedAt: now,
        before: pick(existing),
        after: pick(row),
        reasonCategory: revision.category,
        reasonText: revision.text,
      });
    }
    await tx.audit.record({
      actorId: caller.userId,
      entity: "target",
      entityId: existing.id,
      action: "update",
      changes,
    });
    return row;
  }

  return {
    async upsert(caller: AuthContext, input: TargetUpsert): Promise<Target> {
      const { period, fyStart } = await periodOf(input.period);
      const scope = parseScope(input.scope);
      await checkMaySet(caller, scope);
      if (!(await repos.targets.findKpi(input.kpiKey)))
        throw new AppError("INVALID_REFERENCE", { field: "kpiKey" });
      const started = dateInZone(clock.now(), caller.timeZone) >= period.start;
      const row = await inTransaction((tx) =>
        save(caller, tx, keyOf(input.kpiKey, period, scope), input, started, input.revision, input.version),
      );
      return toTarget(row, 0, fyStart);
    },

    async list(caller: AuthContext, query: z.output<typeof targetsQuery>): Promise<Target[]> {
      const { period, fyStart } = await periodOf(query.period);
      const resolved = await metrics.resolveScope(caller, query.scope);
      const target = resolved.target;
      const teams = await repos.directory.listTeams("all");
      const teamIds =
        target.kind === "team"
          ? query.below
            ? subtreeOf(teams, target.id)
            : [target.id]
          : target.kind === "org" && query.below
            ? teams.map((t) => t.id)
            : [];
      const people =
        target.kind === "user"
          ? [target.id]
          : query.below
            ? (
                await repos.directory.listUsers(
                  caller.access.read,
                  target.kind === "team" ? teamIds : undefined,
                )
              ).map((u) => u.id)
            : [];
      const rows = await repos.targets.list({
        periodKind: period.kind,
        periodStart: period.start,
        org: target.kind === "org",
        teamIds: teamIds.filter((id) => caller.access.read.all || caller.access.read.teamIds.includes(id)),
        userIds: people,
        kpiKey: query.kpiKey,
      });
      return rows.map((r) => toTarget(r.target, r.revisions, fyStart));
    },

    async allocate(caller: AuthContext, input: z.output<typeof allocationRequest>) {
      const { period } = await periodOf(input.period);
      const teamScope: ScopeTarget = { kind: "team", id: input.teamId };
      await checkMaySet(caller, teamScope);
      const teamTarget = await repos.targets.findForUpdate(keyOf(input.kpiKey, period, teamScope));
      if (!teamTarget) throw new AppError("NOT_FOUND", { field: "teamTarget" });
      const teamIds = subtreeOf(await repos.directory.listTeams("all"), input.teamId);
      const members = (await repos.directory.listUsers({ all: true }, teamIds)).filter(
        (u) => u.active && u.role !== "admin",
      );
      const total = Math.round(teamTarget.value);
      let parts: number[];
      if (input.method === "skill") {
        parts = allocate(
          total,
          members.map((m) => (m.skillLevel ? defaultSkillWeights[m.skillLevel] : 1)),
        );
      } else {
        const values = input.values ?? {};
        parts = members.map((m) => values[m.id] ?? 0);
        const unknown = Object.keys(values).some((id) => !members.some((m) => m.id === id));
        if (unknown || parts.reduce((a, b) => a + b, 0) !== total) {
          throw new AppError("ALLOCATION_MISMATCH", {
            teamTarget: total,
            sum: parts.reduce((a, b) => a + b, 0),
          });
        }
      }
      const started = dateInZone(clock.now(), caller.timeZone) >= period.start;
      await inTransaction(async (tx) => {
        for (const [i, member] of members.entries()) {
          const value = parts[i] as number;
          const levels = { value, stretch: Math.round(value * 1.15), minimum: Math.round(value * 0.9) };
          await save(
            caller,
            tx,
            keyOf(input.kpiKey, period, { kind: "user", id: member.id }),
            levels,
            started,
            input.revision,
          );
        }
      });
      return {
        teamTarget: total,
        parts: members.map((m, i) => ({
          userId: m.id,
          name: m.name,
          skillLevel: m.skillLevel,
          value: parts[i] as number,
        })),
      };
    },

    async suggest(caller: AuthContext, query: z.output<typeof suggestionQuery>) {
      const { period } = await periodOf(query.period);
      const kpi = await repos.targets.findKpi(query.kpiKey);
      const formula = kpi ? parseFormula(kpi.formula) : null;
      if (!kpi || !formula) throw new AppError("INVALID_REFERENCE", { field: "kpiKey" });
      const scope = await metrics.resolveScope(caller, query.scope);
      const history = await metrics.monthlyInputs(
        scope.filter,
        `${period.start.slice(0, 7)}-01`,
        query.lookbackMonths,
        caller.timeZone,
      );
      const actuals = history
        .map((h) => evaluateFormula(formula, h.inputs))
        .filter((v): v is number => v !== null);
      const percents = {
        stretch: query.stretchPercent,
        achievement: query.achievementPercent,
        minimum: query.minimumPercent,
      };
      const levels = suggestLevels(actuals, percents, kpi.unit !== "ratio");
      return {
        kpiKey: kpi.key,
        basis: levels?.basis ?? null,
        months: levels?.months ?? 0,
        stretch: levels?.stretch ?? null,
        value: levels?.value ?? null,
        minimum: levels?.minimum ?? null,
      };
    },

    async revisions(caller: AuthContext, id: string) {
      const row = await repos.targets.findById(id);
      const scope = row ? scopeOfRow(row) : undefined;
      const person = scope?.kind === "user" ? await repos.directory.findUser(scope.id) : undefined;
      if (!row || !scope || !mayView(caller.access.read, scope, person)) throw new AppError("NOT_FOUND");
      return (await repos.targets.revisions(id)).map(({ revision, changedBy }) => ({
        changedAt: revision.changedAt.toISOString(),
        changedBy,
        before: revision.before,
        after: revision.after,
        category: revision.reasonCategory,
        text: revision.reasonText,
      }));
    },
  };
}

function scopeOfRow(row: TargetRow): ScopeTarget {
  if (row.scopeKind === "team") return { kind: "team", id: row.teamId as string };
  if (row.scopeKind === "user") return { kind: "user", id: row.userId as string };
  return { kind: "org" };
}
