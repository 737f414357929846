// Bottleneck analysis and diagnosis (SPEC.md C5): the funnel of a scope and period against its target
// rates, broken down by an axis, and the volume-or-quality finding for the scope and each person.
import { median } from "simple-statistics";
import type { Diagnosis, FunnelAnalysis, FunnelAxis, FunnelStep } from "../../../contract/analysis";
import type { KpiProgress } from "../../../contract/dashboard";
import type { Language } from "../../../contract/errors";
import { diagnose } from "../../../domain/diagnosis";
import {
  bottleneckOf,
  type FunnelStepDefinition,
  funnelSteps,
  measureStep,
  type TargetRate,
  targetRateOf,
} from "../../../domain/funnel";
import type { MetricInputs } from "../../../domain/metric-formula";
import { remainingBusinessDays } from "../../../domain/pace";
import type { Period } from "../../../domain/periods";
import { ratio } from "../../../domain/ratio";
import type { AuthContext } from "../auth/auth.service";
import { scopeRefsOf } from "../dashboard/scope-refs";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { InsideSalesService } from "../inside-sales/inside-sales.service";
import type { KpiRepository } from "../kpis/kpis.repository";
import { type KpiFacts, kpiProgressOf } from "../metrics/kpi-progress";
import { inputsOf, type MetricsService, type PeriodContext } from "../metrics/metrics.service";
import type { TargetRepository } from "../targets/targets.repository";
import type { AnalysisRepository } from "./analysis.repository";
import { findingText } from "./finding-text";
import { groupLabel, groupOrder } from "./group-labels";

/** The action KPIs at the top of the funnel: judged for volume, shown beside the steps. */
const volumeKeys = ["calls", "emailsSent", "meetings"];
/** Months of the scope's own history that give a step its rate when no target does (seed 004). */
const HISTORY_MONTHS = 6;

type Definitions = Map<string, KpiFacts & { name: string; nameEn: string }>;

export function createAnalysisService(deps: {
  metrics: MetricsService;
  repo: AnalysisRepository;
  directory: DirectoryRepository;
  kpis: KpiRepository;
  targets: TargetRepository;
  insideSales: Pick<InsideSalesService, "conversionOf">;
}) {
  const { metrics, repo, directory, kpis, targets, insideSales } = deps;

  type Query = { scope?: string | undefined; period?: string | undefined };

  async function context(caller: AuthContext, query: Query, lang: Language) {
    const periodContext = await metrics.resolvePeriod(caller, query.period);
    const scope = await metrics.resolveScope(caller, query.scope);
    const [definitions, refs, rows, ownTargets, history] = await Promise.all([
      kpis.list().then((list) => new Map(list.map((k) => [k.key, k])) as Definitions),
      scopeRefsOf(directory, caller, scope.target, lang),
      metrics.countsBy(scope.filter, periodContext.period.start, periodContext.until, ["owner", "weekday"]),
      metrics.targetsOf(scope, periodContext.period),
      metrics.monthlyInputs(
        scope.filter,
        `${periodContext.period.start.slice(0, 7)}-01`,
        HISTORY_MONTHS,
        caller.timeZone,
        false,
      ),
    ]);
    const rates = targetRates(
      ownTargets,
      history.map((h) => h.inputs),
    );
    return { ...periodContext, scope, definitions, refs, rows, ownTargets, rates };
  }

  /** Steps, volume and bottleneck of one set of counts against target rates and volume targets. */
  function breakdown(
    ctx: PeriodContext & { definitions: Definitions },
    inputs: MetricInputs,
    rates: TargetRate[],
    volumeTargets: Partial<Record<string, number>> | null,
  ) {
    const measured = funnelSteps.map((step, i) => measureStep(step, inputs.counts, rates[i] as TargetRate));
    const steps: FunnelStep[] = measured.map((m, i) => {
      const step = funnelSteps[i] as FunnelStepDefinition;
      const definition = ctx.definitions.get(step.key);
      return {
        ...m,
        name: definition?.name ?? step.key,
        nameEn: definition?.nameEn ?? step.key,
        fromMetric: step.from,
        toMetric: step.to,
      };
    });
    const volume: KpiProgress[] = volumeKeys
      .filter((key) => ctx.definitions.has(key) && (key === "calls" || volumeTargets?.[key] !== undefined))
      .map((key) =>
        kpiProgressOf(
          ctx.definitions.get(key) as KpiFacts,
          inputs,
          volumeTargets?.[key] ?? null,
          ctx.period,
          ctx.today,
        ),
      );
    return { measured, steps, volume, bottleneck: bottleneckOf(measured) };
  }

  return {
    async funnel(
      caller: AuthContext,
      query: Query & { by: FunnelAxis },
      lang: Language,
    ): Promise<FunnelAnalysis> {
      const ctx = await context(caller, query, lang);
      const whole = breakdown(ctx, inputsOf(ctx.rows.total), ctx.rates, ctx.ownTargets);
      const [groups, conversion] = await Promise.all([
        groupsOf(ctx, query.by, caller),
        // By channel, the lead side of the funnel too: lead → meeting → deal → won per channel.
        query.by === "channel"
          ? insideSales.conversionOf(ctx.scope.filter, ctx.period.start, ctx.until, caller.timeZone)
          : null,
      ]);
      return {
        scope: ctx.refs.self,
        period: ctx.period,
        by: query.by,
        steps: whole.steps,
        volume: whole.volume,
        bottleneck: whole.bottleneck,
        groups,
        channelConversion: conversion?.channels ?? null,
      };
    },

    async diagnosis(caller: AuthContext, query: Query, lang: Language): Promise<Diagnosis> {
      const ctx = await context(caller, query, lang);
      const remaining = remainingBusinessDays(ctx.period, ctx.today);
      const people = ctx.scope.target.kind === "user" ? [] : await metrics.peopleOf(ctx.scope);
      const personTargets = await personTargetsOf(
        people.map((p) => p.id),
        ctx.period,
      );
      const subjects = [
        { ref: ctx.refs.self, inputs: inputsOf(ctx.rows.total), targets: ctx.ownTargets },
        ...people.map((p) => ({
          ref: {
            scope: `user:${p.id}`,
            kind: "user" as const,
            id: p.id,
            name: (lang === "en" && p.nameEn) || p.name,
          },
          inputs: inputsOf(ctx.rows.by.owner?.get(p.id)),
          targets: personTargets.get(p.id) ?? {},
        })),
      ];
      const findings = subjects.map(({ ref, inputs, targets }) => {
        const { measured, volume } = breakdown(ctx, inputs, personRates(targets, ctx.rates), targets);
        const finding = diagnose({
          actions: volume.map((v) => ({
            kpiKey: v.kpiKey,
            actual: v.actual ?? 0,
            target: v.target,
            expectedToDate: v.expectedToDate,
            pace: v.pace,
          })),
          steps: measured,
          remainingBusinessDays: remaining,
        });
        return { subject: ref, ...finding, ...findingText(finding, ctx.definitions) };
      });
      return { scope: ctx.refs.self, period: ctx.period, findings };
    },
  };

  /** Each person's own targets of the period, by KPI key. */
  async function personTargetsOf(userIds: string[], period: Period) {
    const byPerson = new Map<string, Partial<Record<string, number>>>();
    if (userIds.length === 0) return byPerson;
    const rows = await targets.list({
      periodKind: period.kind,
      periodStart: period.start,
      org: false,
      teamIds: [],
      userIds,
    });
    for (const { target } of rows) {
      if (!target.userId) continue;
      byPerson.set(target.userId, { ...byPerson.get(target.userId), [target.kpiKey]: target.value });
    }
    return byPerson;
  }

  async function groupsOf(ctx: Awaited<ReturnType<typeof context>>, by: FunnelAxis, caller: AuthContext) {
    if (by === "none") return [];
    let groups: Map<string, MetricInputs>;
    const scopes = new Map<string, string>();
    const names = new Map<string, [string, string]>();
    // People are measured against their own targets where they have them, the scope's otherwise.
    let ownTargets = new Map<string, Partial<Record<string, number>>>();
    if (by === "person" || by === "weekday") {
      const counts = ctx.rows.by[by === "person" ? "owner" : "weekday"] ?? new Map();
      groups = new Map([...counts].map(([k, c]) => [k, inputsOf(c)]));
      if (by === "person") {
        const people = await metrics.peopleOf(ctx.scope);
        ownTargets = await personTargetsOf(
          people.map((p) => p.id),
          ctx.period,
        );
        for (const p of people) {
          if (!groups.has(p.id)) groups.set(p.id, inputsOf(undefined));
          names.set(p.id, [p.name, p.nameEn || p.name]);
          scopes.set(p.id, `user:${p.id}`);
        }
      }
    } else {
      const counts = await repo.facetCounts(by, ctx.scope.filter, {
        start: ctx.period.start,
        end: ctx.until,
        timeZone: caller.timeZone,
      });
      groups = new Map([...counts].map(([k, c]) => [k, { counts: c, measures: {} }]));
    }
    return [...groups]
      .map(([key, inputs]) => {
        const [label, labelEn] = names.get(key) ?? groupLabel(by, key);
        const own = ownTargets.get(key);
        const { steps, volume, bottleneck } = own
          ? breakdown(ctx, inputs, personRates(own, ctx.rates), own)
          : breakdown(ctx, inputs, ctx.rates, null);
        return { key, label, labelEn, scope: scopes.get(key) ?? null, steps, volume, bottleneck };
      })
      .filter((g) => g.scope !== null || g.steps.some((s) => s.fromCount > 0))
      .sort((a, b) => {
        const x = groupOrder(by, by === "person" ? a.label : a.key);
        const y = groupOrder(by, by === "person" ? b.label : b.key);
        return x < y ? -1 : x > y ? 1 : 0;
      });
  }
}

/** Each step's target rate for the scope: own target, implied by count targets, or history median. */
function targetRates(targets: Partial<Record<string, number>>, history: MetricInputs[]): TargetRate[] {
  return funnelSteps.map((step) => {
    const monthly = history
      .map((h) => ratio(h.counts[step.to] ?? 0, h.counts[step.from] ?? 0))
      .filter((r): r is number => r !== null);
    return targetRateOf(step, targets, monthly.length ? median(monthly) : null);
  });
}

/** A person's own rate targets where they have them, the scope's otherwise. */
function personRates(targets: Partial<Record<string, number>>, scopeRates: TargetRate[]): TargetRate[] {
  return funnelSteps.map((step, i) => {
    const own = targetRateOf(step, targets, null);
    return own.rate !== null ? own : (scopeRates[i] as TargetRate);
  });
}
