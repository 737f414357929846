// The reverse calculation for a scope and period, with rates from the scope's own history (seed 004:
// the median of the last 3-12 months) unless overridden, allocated to people by skill level.

import { median } from "simple-statistics";
import type { z } from "zod";
import type { PlanResponse, planRequest } from "../../../contract/kpi-tree";
import { allocate, defaultSkillWeights } from "../../../domain/allocation";
import { businessDaysBetween } from "../../../domain/business-days";
import { kpiCatalogue } from "../../../domain/kpi-catalogue";
import { evaluateFormula, type MetricInputs, parseFormula, sampleSize } from "../../../domain/metric-formula";
import { parsePeriod } from "../../../domain/periods";
import {
  ceilCount,
  emailShareOf,
  type PlanRateKey,
  type PlanRates,
  reversePlan,
} from "../../../domain/reverse-plan";
import { formatScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricsService } from "../metrics/metrics.service";

type PlanInput = z.output<typeof planRequest>;
type Person = Awaited<ReturnType<DirectoryRepository["listUsers"]>>[number];

const rateKeys: PlanRateKey[] = [
  "averageDealSize",
  "winRate",
  "meetingSetRate",
  "effectiveContactRate",
  "emailShare",
  "emailReplyRate",
];
/** Below these, a median of monthly rates is not to be trusted blindly. */
const MIN_MONTHS = 3;
const MIN_SAMPLE = 30;

/** A rate of one month with the records behind it: catalogue KPIs, and the email share of contacts. */
function monthlyRate(key: PlanRateKey, inputs: MetricInputs) {
  if (key === "emailShare") {
    const sample = (inputs.counts.emailsReplied ?? 0) + (inputs.counts.effectiveContacts ?? 0);
    return { value: emailShareOf(inputs.counts), sample };
  }
  const kpi = kpiCatalogue.find((k) => k.key === key);
  const formula = kpi && parseFormula(kpi.formula);
  if (!formula) throw new Error(`the catalogue lacks ${key}`);
  return { value: evaluateFormula(formula, inputs), sample: sampleSize(formula, inputs) };
}

export function createKpiTreeService(deps: { metrics: MetricsService; directory: DirectoryRepository }) {
  const { metrics, directory } = deps;

  return {
    async plan(caller: AuthContext, input: PlanInput): Promise<PlanResponse> {
      const org = await directory.orgSettings();
      const period = parsePeriod(input.period, org?.fiscalYearStartMonth ?? 4);
      if (!period || period.kind === "day") throw new AppError("PERIOD_INVALID");
      const scope = await metrics.resolveScope(caller, input.scope);
      const history = await metrics.monthlyInputs(
        scope.filter,
        `${period.start.slice(0, 7)}-01`,
        input.lookbackMonths,
        caller.timeZone,
      );

      const rates = rateKeys.map((key) => {
        const override = input.rates[key];
        if (override !== undefined)
          return {
            key,
            value: override,
            source: "override" as const,
            months: 0,
            sampleSize: 0,
            warning: null,
          };
        const monthly = history.map(({ inputs }) => monthlyRate(key, inputs)).filter((m) => m.value !== null);
        const sample = monthly.reduce((n, m) => n + m.sample, 0);
        const value = monthly.length ? median(monthly.map((m) => m.value as number)) : null;
        const warning =
          value === null
            ? "no_data"
            : monthly.length < MIN_MONTHS
              ? "thin_history"
              : sample < MIN_SAMPLE
                ? "small_sample"
                : null;
        return {
          key,
          value,
          source: "history" as const,
          months: monthly.length,
          sampleSize: sample,
          warning,
        } as const;
      });
      const planRates: PlanRates = Object.fromEntries(rates.map((r) => [r.key, r.value]));
      const result = reversePlan(input.kgi, planRates);
      if (!result.ok) throw new AppError("PLAN_RATE_UNUSABLE", { rate: result.unusableRate, rates });

      const businessDays = businessDaysBetween(period.start, period.end);
      const perDay = (n: number) => (businessDays === 0 ? null : ceilCount(n / businessDays));
      const people = await metrics.peopleOf(scope);
      // The Model: inside sales makes the calls and contacts, field sales and CS meet and win.
      const byFunction = (functions: string[]) => {
        const chosen = people.filter((p) => p.function && functions.includes(p.function));
        return chosen.length ? chosen : people;
      };
      const split = (required: number, among: Person[]) => {
        const parts = allocate(
          required,
          among.map((p) => (p.skillLevel ? defaultSkillWeights[p.skillLevel] : 1)),
        );
        return among.map((p, i) => ({
          userId: p.id,
          name: p.name,
          nameEn: p.nameEn,
          skillLevel: p.skillLevel,
          required: parts[i] as number,
          perBusinessDay: perDay(parts[i] as number),
        }));
      };
      const closers = byFunction(["FS", "CS"]);
      const callers = byFunction(["IS"]);
      const node = (
        metric: PlanResponse["nodes"][number]["metric"],
        required: number,
        dividedBy: string | null,
        among: Person[],
      ) => ({
        metric,
        required,
        perBusinessDay: perDay(required),
        dividedBy,
        perPerson: split(required, among),
      });
      const nodes = [
        ...(input.kgi.metric === "revenue" ? [node("revenue", input.kgi.value, null, closers)] : []),
        ...result.steps.map((s) =>
          node(
            s.metric,
            s.required,
            s.dividedBy,
            s.metric === "wins" || s.metric === "meetings" ? closers : callers,
          ),
        ),
      ];
      return {
        scope: formatScope(scope.target),
        period: { label: period.label, start: period.start, end: period.end },
        businessDays,
        lookbackMonths: input.lookbackMonths,
        nodes,
        rates,
      };
    },
  };
}
