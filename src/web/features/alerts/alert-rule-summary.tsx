import { useTranslation } from "react-i18next";
import type { AlertKind } from "../../../domain/alerts/alert-params";
import { useLocalizedName } from "../../i18n/use-lang";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";

/** A rule's thresholds in a sentence: "meetings: under 30% of the weekly target from business day 3". */
export function useRuleSummary() {
  const { t } = useTranslation();
  const kpis = useKpiDefinitions();
  const localized = useLocalizedName();
  return (kind: AlertKind, params: Record<string, unknown>) => {
    const kpi = typeof params.kpiKey === "string" ? kpis.byKey.get(params.kpiKey) : undefined;
    const values = {
      ...params,
      kpi: kpi ? localized(kpi.name, kpi.nameEn) : String(params.kpiKey ?? ""),
      share: typeof params.minShare === "number" ? Math.round(params.minShare * 100) : undefined,
      below: typeof params.belowShare === "number" ? Math.round(params.belowShare * 100) : undefined,
      period:
        typeof params.periodKind === "string"
          ? t(`alerts.periodKinds.${params.periodKind}` as "alerts.periodKinds.week")
          : "",
    };
    const usesDefault =
      (kind === "deal_stale" && params.days === null) ||
      (kind === "lead_unanswered" && params.minutes === null);
    return t(
      `alerts.kinds.${kind}.${usesDefault ? "summaryDefault" : "summary"}` as "alerts.kinds.deal_stale.summary",
      values,
    );
  };
}
