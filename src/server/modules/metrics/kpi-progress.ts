// One KPI of a scope against its target and its business-day pace, as the dashboard and the analysis
// show it. Counts and money accumulate over the period, so they are judged by pace; rates by achievement.
import type { KpiProgress } from "../../../contract/dashboard";
import type { KpiDefinition } from "../../../contract/kpis";
import { kpiStatus } from "../../../domain/kpi-status";
import { evaluateFormula, type MetricInputs, parseFormula } from "../../../domain/metric-formula";
import { paceOf } from "../../../domain/pace";
import type { Period } from "../../../domain/periods";

const accumulating = new Set(["count", "yen"]);

export type KpiFacts = Pick<KpiDefinition, "key" | "name" | "nameEn" | "formula" | "unit" | "direction">;

export function kpiProgressOf(
  definition: KpiFacts,
  inputs: MetricInputs | null,
  target: number | null,
  period: Period,
  today: string,
): KpiProgress {
  const formula = parseFormula(definition.formula);
  const actual = inputs && formula ? evaluateFormula(formula, inputs) : null;
  const paced = accumulating.has(definition.unit);
  const progress = target !== null && actual !== null ? paceOf(actual, target, period, today) : null;
  const expectedShare = progress?.expectedShare ?? null;
  const pace = paced ? (progress?.pace ?? null) : null;
  const achievement = progress?.achievement ?? null;
  return {
    kpiKey: definition.key,
    name: definition.name,
    nameEn: definition.nameEn,
    unit: definition.unit,
    target,
    actual,
    achievement,
    expectedToDate: paced && target !== null && expectedShare !== null ? target * expectedShare : null,
    pace,
    status: kpiStatus(paced ? pace : achievement, definition.direction),
  };
}
