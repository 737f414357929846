// The people and teams a progress rule fires for: pace behind in the week (each person against
// their weekly target) and a KPI below its minimum level (each person's, team's or the org's target
// that has one). Counts come from the rollups, one query per kind of scope.
import type { AlertParams } from "../../../domain/alerts/alert-params";
import { kpiBelowMinimumAlert } from "../../../domain/alerts/kpi-below-minimum";
import { paceBehindAlert } from "../../../domain/alerts/pace-behind";
import { businessDaysBetween } from "../../../domain/business-days";
import { evaluateFormula, parseFormula } from "../../../domain/metric-formula";
import { periodContaining } from "../../../domain/periods";
import { ceilCount } from "../../../domain/reverse-plan";
import { subtreeOf } from "../../../domain/scope";
import { inputsOf, type MetricsService } from "../metrics/metrics.service";
import type { TargetRepository } from "../targets/targets.repository";
import { type AlertCandidate, type EvaluationContext, kpiName, personName } from "./alert-context";
import type { AlertRuleView } from "./alert-rules.repository";
import { kpiBelowMinimumTexts, paceBehindTexts } from "./alert-texts";

export type ProgressDeps = { metrics: MetricsService; targets: TargetRepository };
const accumulating = new Set(["count", "yen"]);

function peopleOf(ctx: EvaluationContext, rule: AlertRuleView) {
  const teams = ctx.teamsOf(rule);
  return teams ? ctx.people.filter((p) => p.teamId !== null && teams.includes(p.teamId)) : ctx.people;
}

export async function paceBehindSubjects(
  deps: ProgressDeps,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["pace_behind"],
): Promise<AlertCandidate[]> {
  const kpi = ctx.kpis.get(params.kpiKey);
  const formula = kpi ? parseFormula(kpi.formula) : null;
  if (!kpi || !formula || !accumulating.has(kpi.unit)) return [];
  const { today } = ctx.day;
  const fy = ctx.fiscalYearStartMonth;
  const week = periodContaining("week", today, fy);
  const month = periodContaining("month", today, fy);
  const people = peopleOf(ctx, rule);
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const targetsOf = (periodKind: "week" | "month", periodStart: string) =>
    deps.targets.list({ periodKind, periodStart, org: false, teamIds: [], userIds: ids, kpiKey: kpi.key });
  const [weekTargets, monthTargets, counts] = await Promise.all([
    targetsOf("week", week.start),
    targetsOf("month", month.start),
    deps.metrics.countsBy({}, week.start, today, ["owner"]),
  ]);
  const monthDays = businessDaysBetween(month.start, month.end);
  const weekDays = businessDaysBetween(week.start, week.end);
  /** The week's own target, or the month's per business day (rounded up, as "my targets" shows it). */
  const weeklyTarget = (userId: string) => {
    const own = weekTargets.find((t) => t.target.userId === userId)?.target.value;
    if (own !== undefined) return own;
    const monthly = monthTargets.find((t) => t.target.userId === userId)?.target.value;
    return monthly === undefined || monthDays === 0 ? null : ceilCount(monthly / monthDays) * weekDays;
  };
  return people.flatMap((p): AlertCandidate[] => {
    const target = weeklyTarget(p.id);
    if (target === null) return [];
    const actual = evaluateFormula(formula, inputsOf(counts.by.owner?.get(p.id))) ?? 0;
    const fired = paceBehindAlert({ actual, weeklyTarget: target, week, today }, params);
    if (!fired) return [];
    return [
      {
        subjectKey: `user:${p.id}:${kpi.key}`,
        recipientId: p.id,
        teamId: p.teamId,
        link: `/dashboard?scope=user:${p.id}&period=${week.label}`,
        facts: { userId: p.id, kpiKey: kpi.key, unit: kpi.unit, week: week.label, ...fired },
        ...paceBehindTexts(personName(p), kpiName(kpi), kpi.unit, fired),
      },
    ];
  });
}

export async function kpiBelowMinimumSubjects(
  deps: ProgressDeps,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["kpi_below_minimum"],
): Promise<AlertCandidate[]> {
  const kpi = ctx.kpis.get(params.kpiKey);
  const formula = kpi ? parseFormula(kpi.formula) : null;
  if (!kpi || !formula) return [];
  const { today } = ctx.day;
  const period = periodContaining(params.periodKind, today, ctx.fiscalYearStartMonth);
  const scopeTeams = ctx.teamsOf(rule);
  const people = peopleOf(ctx, rule);
  const rows = (
    await deps.targets.list({
      periodKind: period.kind,
      periodStart: period.start,
      org: scopeTeams === undefined,
      teamIds: (scopeTeams ?? ctx.teams.map((t) => t.id)).filter((id) => id !== ctx.orgTeamId),
      userIds: people.map((p) => p.id),
      kpiKey: kpi.key,
    })
  )
    .map((r) => r.target)
    .filter((t) => t.minimum !== null);
  if (rows.length === 0) return [];
  const byOwner = rows.some((t) => t.scopeKind === "user")
    ? (await deps.metrics.countsBy({}, period.start, today, ["owner"])).by.owner
    : undefined;
  const candidates: AlertCandidate[] = [];
  for (const t of rows) {
    let counts: Record<string, number> | undefined;
    if (t.scopeKind === "user") counts = byOwner?.get(t.userId as string);
    else {
      const filter = t.scopeKind === "team" ? { teamIds: subtreeOf(ctx.teams, t.teamId as string) } : {};
      counts = (await deps.metrics.countsBy(filter, period.start, today)).total;
    }
    const actual = evaluateFormula(formula, inputsOf(counts));
    const fired = kpiBelowMinimumAlert({
      actual,
      minimum: t.minimum,
      unit: kpi.unit,
      direction: kpi.direction,
      period,
      today,
    });
    if (!fired) continue;
    const person = t.scopeKind === "user" ? people.find((p) => p.id === t.userId) : undefined;
    const scope =
      t.scopeKind === "user" ? `user:${t.userId}` : t.scopeKind === "team" ? `team:${t.teamId}` : "org";
    const recipientId =
      t.scopeKind === "user" ? (t.userId as string) : ctx.managerOf(t.scopeKind === "team" ? t.teamId : null);
    if (!recipientId) continue;
    const scopeName = person
      ? personName(person)
      : t.scopeKind === "team"
        ? ctx.teamName(t.teamId)
        : ctx.orgName();
    candidates.push({
      subjectKey: `${scope}:${kpi.key}`,
      recipientId,
      teamId: person?.teamId ?? t.teamId,
      link: `/kpi-tree?scope=${scope}&period=${period.label}`,
      facts: { scope, kpiKey: kpi.key, unit: kpi.unit, period: period.label, ...fired },
      ...kpiBelowMinimumTexts(scopeName, kpiName(kpi), kpi.unit, period.label, fired),
    });
  }
  return candidates;
}
