import { Box, Center, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { useNavigate } from "react-router";
import type { Dashboard } from "../../api/dashboard";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { type Figures, useFigures } from "./use-figures";

type Point = Dashboard["rankings"]["scatter"][number];

function scatterOption(points: Point[], rankings: Dashboard["rankings"], x: Figures): ChartOption {
  const outcome = x.name(rankings);
  return {
    grid: { left: 12, right: 32, top: 28, bottom: 28, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p) => {
        const point = points[(p as { dataIndex: number }).dataIndex];
        if (!point) return "";
        return `${point.name}<br/>${x.t("dashboard.scatter.activities")}: ${x.f.number(point.activities)}<br/>${outcome}: ${x.value(point.outcome, rankings.unit)}`;
      },
    },
    xAxis: {
      type: "value",
      name: x.t("dashboard.scatter.activities"),
      nameLocation: "middle",
      nameGap: 26,
      nameTextStyle: { fontSize: 11 },
      axisLabel: { fontSize: 10 },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    yAxis: {
      type: "value",
      name: outcome,
      minInterval: rankings.unit === "ratio" ? undefined : 1,
      nameTextStyle: { fontSize: 11, align: "left" },
      axisLabel: { fontSize: 10, formatter: (v: number) => x.value(v, rankings.unit, true) },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    series: [
      {
        type: "scatter",
        symbolSize: 12,
        itemStyle: { color: chartColors.brand, opacity: 0.8 },
        data: points.map((p) => [p.activities, p.outcome ?? 0]),
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          color: chartColors.text,
          formatter: (p) => points[(p as { dataIndex: number }).dataIndex]?.name.split(/\s/)[0] ?? "",
        },
        labelLayout: { hideOverlap: true },
        markLine: {
          symbol: "none",
          silent: true,
          lineStyle: { color: chartColors.gray, type: "dashed" },
          label: { show: false },
          data: [
            { type: "average", valueDim: "x" },
            { type: "average", valueDim: "y" },
          ],
        },
      },
    ],
  };
}

/**
 * Leading vs lagging (seed 003): activity volume against the outcome per person, to tell "works hard
 * but converts little" (right, low) from "converts well, needs more volume" (left, high).
 */
export function VolumeOutcomeCard({
  data,
  personLink,
}: {
  data: Dashboard;
  personLink: (userId: string) => string;
}) {
  const x = useFigures();
  const { t } = x;
  const navigate = useNavigate();
  const points = data.rankings.scatter;
  const option = useMemo(() => scatterOption(points, data.rankings, x), [points, data.rankings, x]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const point = points[click.dataIndex];
      if (point) void navigate(personLink(point.userId));
    },
    [points, navigate, personLink],
  );
  return (
    <WidgetCard
      title={t("dashboard.scatter.title")}
      subtitle={t("dashboard.scatter.subtitle")}
      testId="scatter-card"
    >
      {points.length === 0 ? (
        <Center h={160}>
          <Text size="sm" c="dimmed">
            {t("dashboard.rankings.empty")}
          </Text>
        </Center>
      ) : (
        <Box data-testid="scatter-chart">
          <Chart option={option} height={300} onClick={onClick} />
        </Box>
      )}
    </WidgetCard>
  );
}
