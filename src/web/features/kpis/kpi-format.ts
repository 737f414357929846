// How a KPI's number reads: yen, counts, rates as percentages, days and minutes, and its formula in
// words ("受注件数 ÷ クローズ件数"), in the UI language.
import type { TFunction } from "i18next";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { KpiUnit } from "../../../domain/kpi-catalogue";
import { parseFormula } from "../../../domain/metric-formula";
import type { KpiDefinition, KpiMetric } from "../../api/kpis";
import { type Formatters, useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";

const dash = "—";
const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.253 → "25.3%". */
export function formatRate(value: number | null | undefined, lang: "ja" | "en", digits = 1): string {
  if (value == null || !Number.isFinite(value)) return dash;
  const key = `${lang}:${digits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", {
      style: "percent",
      maximumFractionDigits: digits,
    });
    percentFormats.set(key, format);
  }
  return format.format(value);
}

export function formatKpiValue(
  value: number | null | undefined,
  unit: KpiUnit,
  f: Formatters,
  t: TFunction,
  compact = false,
): string {
  if (value == null || !Number.isFinite(value)) return dash;
  switch (unit) {
    case "yen":
      return compact ? f.yenCompact(value) : f.yen(Math.round(value));
    case "count":
      return f.number(value);
    case "ratio":
      return formatRate(value, f.lang);
    case "days":
      return t("kpi.unitValue.days", { count: Math.round(value * 10) / 10 });
    case "minutes":
      return t("kpi.unitValue.minutes", { count: Math.round(value * 10) / 10 });
    case "score":
      return t("kpi.unitValue.score", { value: value.toFixed(1) });
  }
}

/**
 * The name part of a metric's description: "接続数：結果が reached …" → "接続数",
 * "受注件数（期間内に受注した案件）" → "受注件数", "Calls (call activities)" → "Calls".
 */
export function shortMetricLabel(label: string): string {
  const name = label.split(/[：:]/)[0] ?? label;
  return name.replace(/\s*[（(][^）)]*[）)]\s*$/, "").trim() || label;
}

/** Value formatting and names for KPIs, in the UI language. */
export function useKpiText() {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const name = useCallback(
    (kpiKey: string, def: KpiDefinition | undefined) => (def ? localized(def.name, def.nameEn) : kpiKey),
    [localized],
  );
  const value = useCallback(
    (v: number | null | undefined, def: KpiDefinition | undefined, compact = false) =>
      formatKpiValue(v, def?.unit ?? "count", f, t, compact),
    [f, t],
  );
  const description = useCallback(
    (def: KpiDefinition) => (f.lang === "en" && def.descriptionEn ? def.descriptionEn : def.description),
    [f.lang],
  );
  /** The formula in words, from the metric names. */
  const formula = useCallback(
    (text: string, metrics: Map<string, KpiMetric>) => {
      const label = (key: string) => {
        const m = metrics.get(key);
        return m ? shortMetricLabel(localized(m.label, m.labelEn)) : key;
      };
      const parsed = parseFormula(text);
      if (!parsed) return text;
      switch (parsed.kind) {
        case "metric":
          return label(parsed.metric);
        case "ratio":
          return `${label(parsed.numerator)} ÷ ${label(parsed.denominator)}`;
        case "median":
          return t("kpi.medianOf", { measure: label(parsed.measure) });
        case "mean":
          return t("kpi.meanOf", { measure: label(parsed.measure) });
      }
    },
    [localized, t],
  );
  return useMemo(
    () => ({ name, value, description, formula, f, t }),
    [name, value, description, formula, f, t],
  );
}

/** The metric keys a formula uses, for listing their definitions. */
export function formulaMetrics(text: string): string[] {
  const parsed = parseFormula(text);
  if (!parsed) return [];
  switch (parsed.kind) {
    case "metric":
      return [parsed.metric];
    case "ratio":
      return [parsed.numerator, parsed.denominator];
    case "median":
    case "mean":
      return [parsed.measure];
  }
}
