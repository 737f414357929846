import { Box, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { type Figures, useFigures } from "../dashboard/use-figures";
import type { DealCell, Forecast } from "./forecast-api";

type Month = Forecast["byCloseMonth"][number];

/** "2026-12" → "2026/12" (ja) or "Dec 2026" (en); no date → "日付なし". */
export function monthLabel(month: string | null, x: Figures): string {
  if (!month) return x.t("forecast.months.none");
  const [y, m] = month.split("-");
  if (x.f.lang === "ja") return `${y}/${m}`;
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${names[Number(m) - 1]} ${y}`;
}

function monthsOption(months: Month[], period: Forecast["period"], x: Figures): ChartOption {
  const yen = (v: number) => x.f.yenCompact(v);
  const inPeriod = (m: Month) =>
    m.month !== null && m.month >= period.start.slice(0, 7) && m.month <= period.end.slice(0, 7);
  return {
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v) => yen(Number(v)),
    },
    xAxis: {
      type: "category",
      data: months.map((m) => monthLabel(m.month, x)),
      axisLabel: { fontSize: 11 },
      axisTick: { show: false },
    },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (v: number) => yen(v), fontSize: 10 },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    series: [
      {
        type: "bar",
        name: x.t("forecast.months.amount"),
        barMaxWidth: 28,
        data: months.map((m) => ({
          value: m.amount,
          itemStyle: { color: inPeriod(m) ? chartColors.brandLight : "#dee2e6" },
        })),
        itemStyle: { color: chartColors.brandLight },
        cursor: "pointer",
      },
      {
        type: "bar",
        name: x.t("forecast.months.weighted"),
        barMaxWidth: 28,
        data: months.map((m) => ({
          value: m.weighted,
          itemStyle: { color: inPeriod(m) ? chartColors.brand : chartColors.gray },
        })),
        itemStyle: { color: chartColors.brand },
        cursor: "pointer",
      },
    ],
  };
}

/** Every open deal of the scope by the month it is expected to close; a bar opens its deals. */
export function CloseMonthCard({
  data,
  onOpen,
}: {
  data: Forecast;
  onOpen: (cell: DealCell, title: string) => void;
}) {
  const x = useFigures();
  const { t } = x;
  const months = data.byCloseMonth;
  const option = useMemo(() => monthsOption(months, data.period, x), [months, data.period, x]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const m = months[click.dataIndex];
      if (m)
        onOpen({ month: m.month ?? "none" }, t("forecast.drawer.month", { month: monthLabel(m.month, x) }));
    },
    [months, onOpen, t, x],
  );
  return (
    <WidgetCard
      title={t("forecast.months.title")}
      subtitle={t("forecast.months.subtitle")}
      testId="forecast-months-card"
    >
      {months.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("forecast.months.empty")}
        </Text>
      ) : (
        <Box data-testid="forecast-months-chart">
          <Chart option={option} height={280} onClick={onClick} />
        </Box>
      )}
    </WidgetCard>
  );
}
