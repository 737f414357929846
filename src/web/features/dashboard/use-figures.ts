import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { KpiUnit } from "../../../domain/kpi-catalogue";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { formatKpiValue, formatRate } from "../kpis/kpi-format";

/** How the dashboard's figures read: KPI values in their unit, rates as percentages, names. */
export function useFigures() {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  return useMemo(
    () => ({
      f,
      t,
      value: (v: number | null | undefined, unit: KpiUnit, compact = false) =>
        formatKpiValue(v, unit, f, t, compact),
      /** 0.483 → "48.3%" (digits 1) or "48%" (digits 0); null → "—". */
      rate: (v: number | null | undefined, digits = 1) => formatRate(v, f.lang, digits),
      name: (x: { name: string; nameEn: string | null }) => localized(x.name, x.nameEn),
    }),
    [f, t, localized],
  );
}
export type Figures = ReturnType<typeof useFigures>;
