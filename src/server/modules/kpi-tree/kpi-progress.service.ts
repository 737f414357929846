// Where each KPI of a scope stands in a period (the KPI tree page) and each person's daily action
// targets against what they did today and this week ("my targets").
import type { DailyTargets, KpiTree } from "../../../contract/kpis";
import { businessDaysBetween } from "../../../domain/business-days";
import { dateInZone, earlierDate } from "../../../domain/calendar";
import { evaluateFormula, type MetricInputs, parseFormula, sampleSize } from "../../../domain/metric-formula";
import { paceOf } from "../../../domain/pace";
import { parsePeriod, periodContaining } from "../../../domain/periods";
import { ceilCount } from "../../../domain/reverse-plan";
import { formatScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import { kpiProgressOf } from "../metrics/kpi-progress";
import type { MetricsService } from "../metrics/metrics.service";
import type { TargetRepository } from "../targets/targets.repository";

/** The reverse-calculation chain as a tree (seed 003: revenue = wins × average deal size ...). */
const treeShape: { kpiKey: string; parentKey: string | null }[] = [
  { kpiKey: "revenue", parentKey: null },
  { kpiKey: "wins", parentKey: "revenue" },
  { kpiKey: "averageDealSize", parentKey: "revenue" },
  { kpiKey: "meetings", parentKey: "wins" },
  { kpiKey: "winRate", parentKey: "wins" },
  { kpiKey: "effectiveContacts", parentKey: "meetings" },
  { kpiKey: "meetingSetRate", parentKey: "meetings" },
  { kpiKey: "calls", parentKey: "effectiveContacts" },
  { kpiKey: "effectiveContactRate", parentKey: "effectiveContacts" },
];
const dailyKeys = ["calls", "effectiveContacts", "meetingsSet", "meetings"] as const;

export function createKpiProgressService(deps: {
  metrics: MetricsService;
  directory: DirectoryRepository;
  kpis: KpiRepository;
  targets: TargetRepository;
  clock: Clock;
}) {
  const { metrics, directory, kpis, targets, clock } = deps;

  async function definitions() {
    return new Map((await kpis.list()).map((k) => [k.key, { ...k, parsed: parseFormula(k.formula) }]));
  }

  const kpiValue = (
    definition: { parsed: ReturnType<typeof parseFormula> } | undefined,
    inputs: MetricInputs,
  ) => (definition?.parsed ? evaluateFormula(definition.parsed, inputs) : null);

  return {
    async tree(caller: AuthContext, query: { scope?: string | undefined; period: string }): Promise<KpiTree> {
      const org = await directory.orgSettings();
      const fyStart = org?.fiscalYearStartMonth ?? 4;
      const period = parsePeriod(query.period, fyStart);
      if (!period) throw new AppError("PERIOD_INVALID");
      const scope = await metrics.resolveScope(caller, query.scope);
      const today = dateInZone(clock.now(), caller.timeZone);
      const until = earlierDate(today, period.end);
      const [defs, inputs, rows, teamKpis] = await Promise.all([
        definitions(),
        today < period.start ? null : metrics.inputsFor(scope.filter, period.start, until, caller.timeZone),
        targets.list({
          periodKind: period.kind,
          periodStart: period.start,
          org: scope.target.kind === "org",
          teamIds: scope.target.kind === "team" ? [scope.target.id] : [],
          userIds: scope.target.kind === "user" ? [scope.target.id] : [],
        }),
        scope.target.kind === "team" ? kpis.teamKpis(scope.target.id) : Promise.resolve([]),
      ]);
      // The team's own KPIs join the tree under the KGI, with their stars.
      const shape = [
        ...treeShape,
        ...teamKpis
          .filter((k) => !treeShape.some((s) => s.kpiKey === k.kpiKey))
          .map((k) => ({ kpiKey: k.kpiKey, parentKey: "revenue" })),
      ];
      const pace0 = paceOf(0, 0, period, today);
      const nodes = shape.map(({ kpiKey, parentKey }) => {
        const definition = defs.get(kpiKey);
        const target = rows.find((r) => r.target.kpiKey === kpiKey)?.target;
        const progress = definition
          ? kpiProgressOf(definition, inputs, target?.value ?? null, period, today)
          : null;
        return {
          kpiKey,
          tier: definition?.tier ?? "action",
          parentKey,
          target: target?.value ?? null,
          stretch: target?.stretch ?? null,
          minimum: target?.minimum ?? null,
          actual: progress?.actual ?? null,
          achievement: progress?.achievement ?? null,
          pace: progress?.pace ?? null,
          status: progress?.status ?? "no_target",
          stars: teamKpis.find((k) => k.kpiKey === kpiKey)?.stars ?? null,
          sampleSize: inputs && definition?.parsed ? sampleSize(definition.parsed, inputs) : 0,
        };
      });
      return {
        scope: formatScope(scope.target),
        period: { label: period.label, start: period.start, end: period.end },
        businessDays: pace0.businessDays,
        elapsedBusinessDays: pace0.elapsedBusinessDays,
        nodes,
      };
    },

    /** A person's daily action targets: the caller's, or those of someone the caller was checked to see. */
    async daily(caller: AuthContext, userId = caller.userId): Promise<DailyTargets> {
      const org = await directory.orgSettings();
      const fyStart = org?.fiscalYearStartMonth ?? 4;
      const today = dateInZone(clock.now(), caller.timeZone);
      const month = periodContaining("month", today, fyStart);
      const week = periodContaining("week", today, fyStart);
      const filter = { ownerId: userId };
      const [defs, todayInputs, weekInputs, rows] = await Promise.all([
        definitions(),
        metrics.inputsFor(filter, today, today, caller.timeZone),
        metrics.inputsFor(filter, week.start, today, caller.timeZone),
        targets.list({
          periodKind: "month",
          periodStart: month.start,
          org: false,
          teamIds: [],
          userIds: [userId],
        }),
      ]);
      const monthDays = businessDaysBetween(month.start, month.end);
      const weekElapsed = businessDaysBetween(week.start, today);
      return {
        date: today,
        week: {
          start: week.start,
          end: week.end,
          businessDays: businessDaysBetween(week.start, week.end),
          elapsedBusinessDays: weekElapsed,
        },
        items: dailyKeys.map((kpiKey) => {
          const monthlyTarget = rows.find((r) => r.target.kpiKey === kpiKey)?.target.value ?? null;
          const dailyTarget =
            monthlyTarget === null || monthDays === 0 ? null : ceilCount(monthlyTarget / monthDays);
          return {
            kpiKey,
            monthlyTarget,
            dailyTarget,
            today: kpiValue(defs.get(kpiKey), todayInputs) ?? 0,
            week: kpiValue(defs.get(kpiKey), weekInputs) ?? 0,
            weekTargetToDate: dailyTarget === null ? null : dailyTarget * weekElapsed,
          };
        }),
      };
    },
  };
}
