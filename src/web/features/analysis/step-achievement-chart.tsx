import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { FunnelAnalysis, FunnelGroup } from "../../api/analysis";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { formatRate } from "../kpis/kpi-format";

const stepColors = [chartColors.brand, chartColors.teal, chartColors.grape];

/** Each group's rate achievement per step, side by side, with the 100% line of the target. */
export function StepAchievementChart({
  analysis,
  dashboardOf,
}: {
  analysis: FunnelAnalysis;
  dashboardOf: (scope: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const navigate = useNavigate();
  // Top to bottom in the server's order.
  const groups = useMemo(() => [...analysis.groups].reverse(), [analysis.groups]);
  const option = useMemo<ChartOption>(() => {
    const label = (g: FunnelGroup) => localized(g.label, g.labelEn);
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 4, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (v) => (v === null || v === undefined ? "—" : formatRate(Number(v) / 100, f.lang, 0)),
      },
      xAxis: {
        type: "value",
        axisLabel: { fontSize: 10, formatter: (v: number) => `${v}%` },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: {
        type: "category",
        data: groups.map(label),
        axisLabel: { fontSize: 11, width: 120, overflow: "truncate" },
        axisTick: { show: false },
      },
      series: analysis.steps.map((step, i) => ({
        type: "bar" as const,
        name: localized(step.name, step.nameEn),
        data: groups.map((g) => {
          const value = g.steps.find((s) => s.key === step.key)?.rateAchievement;
          return value === null || value === undefined ? null : Math.round(value * 1000) / 10;
        }),
        itemStyle: { color: stepColors[i % stepColors.length] },
        barMaxWidth: 12,
        markLine:
          i === 0
            ? {
                symbol: "none",
                silent: true,
                lineStyle: { color: chartColors.red, type: "dashed", width: 1.5 },
                label: { formatter: t("analysis.targetLine"), fontSize: 10 },
                data: [{ xAxis: 100 }],
              }
            : undefined,
      })),
    };
  }, [analysis.steps, groups, localized, f.lang, t]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const scope = groups[click.dataIndex]?.scope;
      if (scope) void navigate(dashboardOf(scope));
    },
    [groups, navigate, dashboardOf],
  );
  return <Chart option={option} height={Math.max(200, groups.length * 40 + 60)} onClick={onClick} />;
}
