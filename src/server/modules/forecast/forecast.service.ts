// The forecast of a scope and period (SPEC.md C6): the weighted pipeline, ヨミ and categories per
// person and team, coverage, the Monte Carlo landing from the org's own history, and the deals
// behind each figure.
import type { Language } from "../../../contract/errors";
import type { Forecast, ForecastDealsQuery, ForecastQuery } from "../../../contract/forecast";
import { forecastSettingsOf } from "../../../domain/forecast/forecast-settings";
import { topContributors } from "../../../domain/forecast/landing-forecast";
import { DEFAULT_RUNS, seedOf } from "../../../domain/forecast/monte-carlo";
import { scopeForecast } from "../../../domain/forecast/scope-forecast";
import {
  breakdownBy,
  byCloseMonth,
  type ClassifiedDeal,
  coverageOf,
  tallyOf,
} from "../../../domain/forecast/weighted-pipeline";
import { MIN_CLOSED } from "../../../domain/forecast/win-history";
import { ratio } from "../../../domain/ratio";
import { formatScope, subtreeOf } from "../../../domain/scope";
import type { AuthContext } from "../auth/auth.service";
import { scopeRefsOf } from "../dashboard/scope-refs";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricsService } from "../metrics/metrics.service";
import type { TargetRepository } from "../targets/targets.repository";
import type { ForecastRepository } from "./forecast.repository";
import type { ForecastHistory } from "./forecast-history";

export type ForecastService = ReturnType<typeof createForecastService>;
const KGI = "revenue";
const TOP_DEALS = 10;

export function createForecastService(deps: {
  repo: ForecastRepository;
  history: ForecastHistory;
  metrics: MetricsService;
  directory: DirectoryRepository;
  targets: TargetRepository;
}) {
  const { repo, history, metrics, directory, targets } = deps;

  /** Everything one scope and period's figures are computed from. */
  async function load(caller: AuthContext, query: ForecastQuery, lang: Language) {
    const [{ period, today, until }, scope, org] = await Promise.all([
      metrics.resolvePeriod(caller, query.period),
      metrics.resolveScope(caller, query.scope),
      directory.orgSettings(),
    ]);
    const settings = forecastSettingsOf(org?.forecast);
    const [refs, deals, histories, won, ownTargets, pipelines, people, teams] = await Promise.all([
      scopeRefsOf(directory, caller, scope.target, lang),
      repo.openDeals(scope.filter, today, caller.timeZone),
      history.historiesAsOf(today, settings.lookbackMonths, caller.timeZone),
      metrics.countsBy(scope.filter, period.start, until, ["owner", "team"]),
      metrics.targetsOf(scope, period),
      directory.listPipelines(),
      metrics.peopleOf(scope),
      directory.listTeams("all"),
    ]);
    const wonToDate = won.total.wonAmount ?? 0;
    const target = ownTargets[KGI] ?? null;
    const seed = seedOf(`${formatScope(scope.target)}|${period.start}|${period.end}|${today}`);
    const figures = scopeForecast({
      deals,
      histories: histories.byStage,
      period,
      today,
      wonToDate,
      target,
      settings,
      runs: DEFAULT_RUNS,
      seed,
    });
    const stages = new Map(pipelines.flatMap((p) => p.stages).map((s) => [s.id, s]));
    const names = new Map(people.map((p) => [p.id, (lang === "en" && p.nameEn) || p.name]));
    return {
      period,
      today,
      scope,
      settings,
      refs,
      deals,
      histories,
      won,
      target,
      figures,
      seed,
      stages,
      names,
      people,
      teams,
    };
  }

  type Loaded = Awaited<ReturnType<typeof load>>;

  async function dealRefs(loaded: Loaded, deals: readonly ClassifiedDeal[], lang: Language) {
    const chances = new Map(loaded.figures.landing.chances.map((c) => [c.id, c]));
    const openExpected = loaded.figures.landing.expected - loaded.figures.landing.wonToDate;
    const named = await repo.dealNames(deals.map((d) => d.id));
    return deals.map((d) => {
      const chance = chances.get(d.id);
      const stage = loaded.stages.get(d.stageId);
      return {
        id: d.id,
        name: named.get(d.id) ?? "",
        ownerName: loaded.names.get(d.ownerId) ?? "",
        stageName: (lang === "en" ? stage?.nameEn : stage?.name) ?? "",
        amount: d.amount,
        probability: d.probability,
        expectedCloseDate: d.expectedCloseDate,
        category: d.category,
        yomi: d.yomi,
        chance: chance?.chance ?? 0,
        basis: chance?.basis ?? ("stage" as const),
        expected: Math.round(d.amount * (chance?.chance ?? 0)),
        share: openExpected > 0 ? (d.amount * (chance?.chance ?? 0)) / openExpected : null,
      };
    });
  }

  /** The person rows and team rows of the scope: their deals closing in the period against targets. */
  async function rowsOf(loaded: Loaded, lang: Language) {
    const { figures, period, settings, won, refs } = loaded;
    const childTeams = refs.children.filter((c) => c.kind === "team" && c.id);
    const subtree = new Map(
      childTeams.map((t) => [t.id as string, new Set(subtreeOf(loaded.teams, t.id as string))]),
    );
    const [personTargets, teamTargets] = await Promise.all([
      targets.list({
        periodKind: period.kind,
        periodStart: period.start,
        org: false,
        teamIds: [],
        userIds: "all",
        kpiKey: KGI,
      }),
      childTeams.length === 0
        ? Promise.resolve([])
        : targets.list({
            periodKind: period.kind,
            periodStart: period.start,
            org: false,
            teamIds: childTeams.map((t) => t.id as string),
            userIds: [],
            kpiKey: KGI,
          }),
    ]);
    const byOwner = breakdownBy(
      figures.inPeriod,
      (d) => d.ownerId,
      loaded.people.map((p) => p.id),
    );
    // Each team of the subtrees to the child team it rolls up to.
    const childOf = new Map(
      [...subtree].flatMap(([child, ids]) => [...ids].map((id) => [id, child] as const)),
    );
    const byTeam = breakdownBy(figures.inPeriod, (d) => childOf.get(d.teamId) ?? "", [...subtree.keys()]);
    const row = (
      ref: Loaded["refs"]["self"],
      breakdown: NonNullable<ReturnType<typeof byOwner.get>>,
      target: number | null,
      wonToDate: number,
    ) => ({
      ref,
      target,
      wonToDate,
      total: breakdown.total,
      categories: breakdown.categories,
      yomi: breakdown.yomi,
      coverage: coverageOf(breakdown.total.amount, target, wonToDate, settings.coverageRule),
    });
    const people = loaded.people.map((p) =>
      row(
        { scope: `user:${p.id}`, kind: "user", id: p.id, name: (lang === "en" && p.nameEn) || p.name },
        byOwner.get(p.id) as NonNullable<ReturnType<typeof byOwner.get>>,
        personTargets.find((t) => t.target.userId === p.id)?.target.value ?? null,
        won.by.owner?.get(p.id)?.wonAmount ?? 0,
      ),
    );
    const teams = childTeams.map((t) => {
      const ids = subtree.get(t.id as string) ?? new Set<string>();
      const wonToDate = [...ids].reduce((sum, id) => sum + (won.by.team?.get(id)?.wonAmount ?? 0), 0);
      return row(
        t,
        byTeam.get(t.id as string) as NonNullable<ReturnType<typeof byTeam.get>>,
        teamTargets.find((x) => x.target.teamId === t.id)?.target.value ?? null,
        wonToDate,
      );
    });
    return { people, teams };
  }

  return {
    async forecast(caller: AuthContext, query: ForecastQuery, lang: Language): Promise<Forecast> {
      const loaded = await load(caller, query, lang);
      const { figures, histories, period, settings, target } = loaded;
      const { people, teams } = await rowsOf(loaded, lang);
      const openByStage = new Map<string, number>();
      for (const d of loaded.deals) openByStage.set(d.stageId, (openByStage.get(d.stageId) ?? 0) + 1);
      const top = new Set(topContributors(figures.landing.chances, TOP_DEALS).map((c) => c.id));
      const topDeals = (
        await dealRefs(
          loaded,
          figures.classified.filter((d) => top.has(d.id)),
          lang,
        )
      ).sort((a, b) => b.expected - a.expected);
      const byHistory = figures.landing.chances.filter((c) => c.basis === "history").length;
      return {
        scope: loaded.refs.self,
        breadcrumb: loaded.refs.breadcrumb,
        children: loaded.refs.children,
        period,
        today: loaded.today,
        settings,
        target,
        weighted: { ...figures.breakdown.total, landing: figures.weightedLanding },
        byCloseMonth: byCloseMonth(loaded.deals).map(({ month, tally }) => ({ month, ...tally })),
        categories: figures.breakdown.categories,
        yomi: figures.breakdown.yomi,
        coverage: figures.coverage,
        commitCoverage: figures.commitCoverage,
        people,
        teams,
        landing: {
          wonToDate: figures.landing.wonToDate,
          p10: figures.landing.p10,
          p50: figures.landing.p50,
          p90: figures.landing.p90,
          expected: figures.landing.expected,
          target,
          achievement: target === null ? null : ratio(figures.landing.p50, target),
          runs: DEFAULT_RUNS,
          seed: loaded.seed,
        },
        inputs: {
          lookbackMonths: settings.lookbackMonths,
          since: histories.since,
          minClosed: MIN_CLOSED,
          stages: [...loaded.stages.values()]
            .filter((s) => s.kind === "open")
            .map((s) => {
              const h = histories.byStage.get(s.id);
              return {
                stageId: s.id,
                name: s.name,
                nameEn: s.nameEn,
                probability: s.probability,
                closed: h?.closed ?? 0,
                won: h?.won ?? 0,
                winRate: h?.winRate ?? null,
                medianDaysToClose: h?.medianDaysToClose ?? null,
                source: h?.source ?? "stage",
                openDeals: openByStage.get(s.id) ?? 0,
                bands: (h?.bands ?? []).map(({ daysToClose: _, ...b }) => b),
              };
            }),
          byHistory,
          byStage: figures.landing.chances.length - byHistory,
          topDeals,
        },
      };
    },

    /** The deals behind one cell of the forecast: a category, a ヨミ rank, a close month, a row. */
    async deals(caller: AuthContext, query: ForecastDealsQuery, lang: Language) {
      const loaded = await load(caller, query, lang);
      const { figures, teams } = loaded;
      const source = query.month ? figures.classified : figures.inPeriod;
      const inTeam = query.teamId ? new Set(subtreeOf(teams, query.teamId)) : undefined;
      const selected = source.filter(
        (d) =>
          (!query.category || d.category === query.category) &&
          (!query.yomi || d.yomi === query.yomi) &&
          (!query.ownerId || d.ownerId === query.ownerId) &&
          (!inTeam || inTeam.has(d.teamId)) &&
          (!query.month || (d.expectedCloseDate?.slice(0, 7) ?? "none") === query.month),
      );
      const chances = new Map(figures.landing.chances.map((c) => [c.id, c.chance]));
      const expected = (d: ClassifiedDeal) => d.amount * (chances.get(d.id) ?? 0);
      const shown = [...selected].sort((a, b) => expected(b) - expected(a)).slice(0, query.limit);
      return { items: await dealRefs(loaded, shown, lang), total: tallyOf(selected) };
    },
  };
}
