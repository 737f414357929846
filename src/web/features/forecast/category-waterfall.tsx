import { Anchor, Box, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { Link, useNavigate } from "react-router";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { dealsLink, rangeToDate, wonIn } from "../dashboard/dashboard-model";
import { type Figures, useFigures } from "../dashboard/use-figures";
import type { DealCell, Forecast } from "./forecast-api";
import { waterfallSteps } from "./forecast-model";

const stepColors = {
  won: chartColors.teal,
  commit: "#0ca678",
  best_case: chartColors.brand,
  pipeline: chartColors.grape,
  total: chartColors.gray,
} as const;

function stepLabel(key: ReturnType<typeof waterfallSteps>[number]["key"], x: Figures) {
  if (key === "won") return x.t("forecast.waterfall.won");
  if (key === "total") return x.t("forecast.waterfall.total");
  return x.t("forecast.waterfall.plus", { category: x.t(`forecast.category.${key}`) });
}

export function waterfallOption(data: Forecast, x: Figures): ChartOption {
  const steps = waterfallSteps(data);
  const yen = (v: number) => x.f.yenCompact(v);
  const marks = [
    ...(data.target === null
      ? []
      : [
          {
            yAxis: data.target,
            lineStyle: { color: chartColors.red, type: "dashed" as const, width: 2 },
            label: {
              formatter: x.t("forecast.fan.target", { value: yen(data.target) }),
              position: "insideEndTop" as const,
              color: chartColors.red,
              fontSize: 11,
            },
          },
        ]),
    {
      yAxis: data.landing.p50,
      lineStyle: { color: chartColors.brand, type: "dotted" as const, width: 2 },
      label: {
        formatter: `P50 ${yen(data.landing.p50)}`,
        position: "insideStartTop" as const,
        color: chartColors.brand,
        fontSize: 11,
      },
    },
  ];
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const step = steps[index];
        if (!step) return "";
        const head = `<b>${stepLabel(step.key, x)}</b><br/>${x.f.yen(step.value)}`;
        return step.tally
          ? `${head}<br/>${x.t("forecast.waterfall.tooltip", {
              count: step.tally.count,
              weighted: x.f.yen(step.tally.weighted),
            })}`
          : head;
      },
    },
    xAxis: {
      type: "category",
      data: steps.map((s) => stepLabel(s.key, x)),
      axisLabel: { fontSize: 10, interval: 0, width: 76, overflow: "break", lineHeight: 13 },
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
        stack: "fall",
        data: steps.map((s) => s.base),
        itemStyle: { color: "transparent" },
        silent: true,
        tooltip: { show: false },
        markLine: { symbol: "none", silent: true, data: marks },
      },
      {
        type: "bar",
        stack: "fall",
        name: x.t("forecast.waterfall.title"),
        barMaxWidth: 56,
        data: steps.map((s) => ({ value: s.value, itemStyle: { color: stepColors[s.key] } })),
        label: {
          show: true,
          position: "top",
          fontSize: 10,
          formatter: (p) => yen(Number(p.value)),
        },
        cursor: "pointer",
      },
    ],
  };
}

/** Won to date, then each category stacked on it, against the target: where the gap closes. */
export function CategoryWaterfallCard({
  data,
  onOpen,
}: {
  data: Forecast;
  onOpen: (cell: DealCell, title: string) => void;
}) {
  const x = useFigures();
  const { t, f } = x;
  const navigate = useNavigate();
  const option = useMemo(() => waterfallOption(data, x), [data, x]);
  const steps = useMemo(() => waterfallSteps(data), [data]);
  const wonLink = dealsLink(data.scope.scope, wonIn(rangeToDate(data.period, data.today)));
  const onClick = useCallback(
    (click: ChartClick) => {
      const step = steps[click.dataIndex];
      if (!step) return;
      if (step.key === "won") void navigate(wonLink);
      else if (step.key === "total") onOpen({}, t("forecast.drawer.inPeriod"));
      else onOpen({ category: step.key }, t(`forecast.category.${step.key}`));
    },
    [steps, navigate, wonLink, onOpen, t],
  );
  const omitted = data.categories.omitted;
  return (
    <WidgetCard
      title={t("forecast.waterfall.title")}
      subtitle={t("forecast.waterfall.subtitle")}
      testId="forecast-waterfall-card"
    >
      <Box data-testid="forecast-waterfall-chart">
        <Chart option={option} height={280} onClick={onClick} />
      </Box>
      <Text size="xs" c="dimmed" mt={4}>
        {omitted.count === 0 ? (
          t("forecast.waterfall.noOmitted")
        ) : (
          <>
            {t("forecast.waterfall.omitted", { count: omitted.count, amount: f.yenCompact(omitted.amount) })}{" "}
            <Anchor
              size="xs"
              component="button"
              type="button"
              onClick={() => onOpen({ category: "omitted" }, t("forecast.category.omitted"))}
            >
              {t("forecast.waterfall.showOmitted")}
            </Anchor>
          </>
        )}
      </Text>
      <Anchor component={Link} to={wonLink} size="xs">
        {t("forecast.headline.openWon")}
      </Anchor>
    </WidgetCard>
  );
}
