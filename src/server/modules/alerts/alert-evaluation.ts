// Evaluates rules: each active rule over the records of its scope, the alerts it fires inserted once
// per rule, subject and day (ON CONFLICT DO NOTHING: a second run, a retried job or another instance
// adds nothing). Returns the alerts this run inserted, for delivery.
import { type AlertKind, alertParamsOf } from "../../../domain/alerts/alert-params";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import { type AlertCandidate, type EvaluationContext, loadEvaluationContext } from "./alert-context";
import type { AlertFactsRepository } from "./alert-facts.repository";
import type { AlertRuleRepository, AlertRuleView } from "./alert-rules.repository";
import type { AlertRepository } from "./alerts.repository";
import { dealStaleSubjects, leadUnansweredSubjects, meetingPassedSubjects } from "./deal-alert-subjects";
import { type ForecastDeps, forecastBelowTargetSubjects } from "./forecast-alert-subjects";
import { kpiBelowMinimumSubjects, paceBehindSubjects } from "./progress-alert-subjects";

export type AlertEvaluator = ReturnType<typeof createAlertEvaluator>;
export type RaisedAlert = { id: string; recipientId: string };

export function createAlertEvaluator(
  deps: {
    rules: AlertRuleRepository;
    alerts: AlertRepository;
    facts: AlertFactsRepository;
    directory: DirectoryRepository;
    kpis: KpiRepository;
  } & ForecastDeps,
) {
  const { facts } = deps;

  async function subjectsOf(ctx: EvaluationContext, rule: AlertRuleView): Promise<AlertCandidate[]> {
    const kind = rule.kind as AlertKind;
    switch (kind) {
      case "deal_stale":
        return dealStaleSubjects(facts, ctx, rule, alertParamsOf(kind, rule.params));
      case "meeting_passed":
        return meetingPassedSubjects(facts, ctx, rule, alertParamsOf(kind, rule.params));
      case "lead_unanswered":
        return leadUnansweredSubjects(facts, ctx, rule, alertParamsOf(kind, rule.params));
      case "pace_behind":
        return paceBehindSubjects(deps, ctx, rule, alertParamsOf(kind, rule.params));
      case "kpi_below_minimum":
        return kpiBelowMinimumSubjects(deps, ctx, rule, alertParamsOf(kind, rule.params));
      case "forecast_below_target":
        return forecastBelowTargetSubjects(
          deps,
          ctx,
          rule,
          alertParamsOf(kind, rule.params),
          await deps.alerts.subjectsOf(rule.id, ctx.day.today),
        );
    }
  }

  async function evaluate(ctx: EvaluationContext, rule: AlertRuleView) {
    const candidates = await subjectsOf(ctx, rule);
    const raised = await deps.alerts.insertNew(
      candidates.map((c) => ({ ...c, ruleId: rule.id, day: ctx.day.today, createdAt: ctx.day.now })),
    );
    return { firing: candidates.length, raised };
  }

  return {
    /** One rule now (the settings page's test button), active or not. */
    async evaluateRule(rule: AlertRuleView, now: Date) {
      return evaluate(await loadEvaluationContext(deps, now), rule);
    },

    /** Every active rule: one tick of the schedule. */
    async evaluateAll(now: Date): Promise<RaisedAlert[]> {
      const rules = await deps.rules.listActive();
      if (rules.length === 0) return [];
      const ctx = await loadEvaluationContext(deps, now);
      const raised: RaisedAlert[] = [];
      for (const rule of rules) raised.push(...(await evaluate(ctx, rule)).raised);
      return raised;
    },
  };
}
