// The scopes whose landing forecast falls short: the org (for an org rule) and each team of the
// rule's subtree with a KGI target for the period, computed as the forecast page computes them (the
// same seed, so the same P50). A scope alerted today is not simulated again.
import type { AlertParams } from "../../../domain/alerts/alert-params";
import { forecastBelowTargetAlert } from "../../../domain/alerts/forecast-below-target";
import { forecastSettingsOf } from "../../../domain/forecast/forecast-settings";
import { DEFAULT_RUNS, seedOf } from "../../../domain/forecast/monte-carlo";
import { scopeForecast } from "../../../domain/forecast/scope-forecast";
import { periodContaining } from "../../../domain/periods";
import { subtreeOf } from "../../../domain/scope";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { ForecastRepository } from "../forecast/forecast.repository";
import type { ForecastHistory } from "../forecast/forecast-history";
import type { MetricsService } from "../metrics/metrics.service";
import type { TargetRepository } from "../targets/targets.repository";
import type { AlertCandidate, EvaluationContext } from "./alert-context";
import type { AlertRuleView } from "./alert-rules.repository";
import { forecastBelowTargetTexts } from "./alert-texts";

const KGI = "revenue";

export type ForecastDeps = {
  forecast: ForecastRepository;
  history: ForecastHistory;
  metrics: MetricsService;
  targets: TargetRepository;
  directory: DirectoryRepository;
};

export async function forecastBelowTargetSubjects(
  deps: ForecastDeps,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["forecast_below_target"],
  alreadyRaised: Set<string>,
): Promise<AlertCandidate[]> {
  const { today, timeZone } = ctx.day;
  const period = periodContaining(params.periodKind, today, ctx.fiscalYearStartMonth);
  const scopeTeams = ctx.teamsOf(rule);
  const goals = await deps.targets.list({
    periodKind: period.kind,
    periodStart: period.start,
    org: scopeTeams === undefined,
    teamIds: (scopeTeams ?? ctx.teams.map((t) => t.id)).filter((id) => id !== ctx.orgTeamId),
    userIds: [],
    kpiKey: KGI,
  });
  const scopes = goals
    .map(({ target: t }) => ({
      key: t.scopeKind === "org" ? "org" : `team:${t.teamId}`,
      teamId: t.scopeKind === "org" ? null : t.teamId,
      target: t.value,
    }))
    .filter((s) => !alreadyRaised.has(s.key));
  if (scopes.length === 0) return [];
  const settings = forecastSettingsOf((await deps.directory.orgSettings())?.forecast);
  const [all, histories, won] = await Promise.all([
    deps.forecast.openDeals({}, today, timeZone),
    deps.history.historiesAsOf(today, settings.lookbackMonths, timeZone),
    deps.metrics.countsBy({}, period.start, today, ["team"]),
  ]);
  return scopes.flatMap((scope): AlertCandidate[] => {
    const ids = scope.teamId ? new Set(subtreeOf(ctx.teams, scope.teamId)) : null;
    let wonToDate = won.total.wonAmount ?? 0;
    if (ids) {
      wonToDate = 0;
      for (const id of ids) wonToDate += won.by.team?.get(id)?.wonAmount ?? 0;
    }
    const figures = scopeForecast({
      deals: ids ? all.filter((d) => ids.has(d.teamId)) : all,
      histories: histories.byStage,
      period,
      today,
      wonToDate,
      target: scope.target,
      settings,
      runs: DEFAULT_RUNS,
      seed: seedOf(`${scope.key}|${period.start}|${period.end}|${today}`),
    });
    const fired = forecastBelowTargetAlert({ p50: figures.landing.p50, target: scope.target }, params);
    const recipientId = ctx.managerOf(scope.teamId);
    if (!fired || !recipientId) return [];
    const name = scope.teamId ? ctx.teamName(scope.teamId) : ctx.orgName();
    return [
      {
        subjectKey: scope.key,
        recipientId,
        teamId: scope.teamId,
        link: `/forecast?scope=${scope.key}&period=${period.label}`,
        facts: { scope: scope.key, period: period.label, wonToDate, ...fired },
        ...forecastBelowTargetTexts(name, period.label, fired),
      },
    ];
  });
}
