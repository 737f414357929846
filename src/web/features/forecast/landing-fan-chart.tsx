import { Box, Group, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { formatMonthDay } from "../dashboard/dashboard-model";
import { type Figures, useFigures } from "../dashboard/use-figures";
import type { Forecast } from "./forecast-api";

const ts = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Today within the period: its first day before it starts, its last once it is over. */
function clampDate(day: string, period: { start: string; end: string }): string {
  if (day < period.start) return period.start;
  if (day > period.end) return period.end;
  return day;
}

/**
 * The landing as a fan: from what is won today the band widens to the period's end, P10 to P90 with
 * the P50 through it, against the target line. A past period has no fan: its landing is what was won.
 */
export function fanOption(data: Forecast, x: Figures): ChartOption {
  const { landing, period } = data;
  const yen = (v: number) => x.f.yenCompact(v);
  const from = ts(clampDate(data.today, period));
  const end = ts(period.end);
  const won = landing.wonToDate;
  // Equal quantiles share one label (a small pipeline often has P10 = P50 = won to date).
  const names = (key: "P10" | "P50" | "P90") => {
    const v = landing[key.toLowerCase() as "p10" | "p50" | "p90"];
    if (key !== "P50" && v === landing.p50) return null;
    return (["P10", "P50", "P90"] as const)
      .filter((k) => k === key || (key === "P50" && landing[k.toLowerCase() as "p10" | "p90"] === v))
      .join(" = ");
  };
  const line = (
    name: "P10" | "P50" | "P90",
    value: number,
    color: string,
    width: number,
    type: "solid" | "dashed",
  ) => ({
    type: "line" as const,
    name,
    data: [
      [from, won],
      [end, value],
    ],
    symbol: "circle",
    symbolSize: (_: unknown, p: { dataIndex: number }) => (p.dataIndex === 1 ? 7 : 0),
    lineStyle: { color, width, type },
    itemStyle: { color },
    endLabel: {
      show: names(name) !== null,
      formatter: () => `${names(name)}  ${yen(value)}`,
      fontSize: 11,
      fontWeight: name === "P50" ? ("bold" as const) : ("normal" as const),
      color,
    },
    z: 3,
  });
  return {
    grid: { left: 8, right: 130, top: 28, bottom: 40, containLabel: true },
    legend: {
      bottom: 0,
      left: 0,
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { fontSize: 11 },
      data: ["P50", x.t("forecast.fan.band"), x.t("forecast.fan.won"), x.t("forecast.fan.weighted")],
    },
    tooltip: {
      trigger: "item",
      valueFormatter: (v) => (Array.isArray(v) ? yen(Number(v[1])) : yen(Number(v))),
    },
    xAxis: {
      type: "time",
      min: ts(period.start),
      max: end,
      axisLabel: {
        fontSize: 10,
        hideOverlap: true,
        formatter: (v: number) => formatMonthDay(isoOf(v), x.f.lang),
      },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      min: 0,
      axisLabel: { formatter: (v: number) => yen(v), fontSize: 10 },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    series: [
      // The band: an invisible P10 with the P90's distance above it, stacked and filled.
      {
        type: "line",
        name: "p10-base",
        stack: "band",
        data: [
          [from, won],
          [end, landing.p10],
        ],
        symbol: "none",
        lineStyle: { opacity: 0 },
        silent: true,
        tooltip: { show: false },
      },
      {
        type: "line",
        name: x.t("forecast.fan.band"),
        stack: "band",
        data: [
          [from, 0],
          [end, landing.p90 - landing.p10],
        ],
        symbol: "none",
        lineStyle: { opacity: 0 },
        areaStyle: { color: chartColors.brand, opacity: 0.16 },
        itemStyle: { color: chartColors.brandLight },
        silent: true,
        tooltip: { show: false },
      },
      line("P90", landing.p90, chartColors.brand, 1, "dashed"),
      line("P50", landing.p50, chartColors.brand, 3, "solid"),
      line("P10", landing.p10, chartColors.brand, 1, "dashed"),
      {
        type: "scatter",
        name: x.t("forecast.fan.won"),
        data: [[from, won]],
        symbolSize: 12,
        itemStyle: { color: chartColors.teal },
        label: {
          show: true,
          position: "top",
          formatter: () => x.t("forecast.fan.wonLabel", { value: yen(won) }),
          fontSize: 11,
          color: chartColors.text,
        },
        z: 4,
        markLine: {
          symbol: "none",
          silent: true,
          data: [
            ...(landing.target === null
              ? []
              : [
                  {
                    yAxis: landing.target,
                    lineStyle: { color: chartColors.red, type: "dashed" as const, width: 2 },
                    label: {
                      formatter: x.t("forecast.fan.target", { value: yen(landing.target) }),
                      position: "insideStartTop" as const,
                      fontSize: 11,
                      color: chartColors.red,
                    },
                  },
                ]),
            {
              xAxis: from,
              lineStyle: { color: chartColors.gray, type: "dotted" as const, width: 1 },
              label: { formatter: x.t("forecast.fan.today"), position: "end" as const, fontSize: 10 },
            },
          ],
        },
      },
      {
        type: "scatter",
        name: x.t("forecast.fan.weighted"),
        data: [[end, data.weighted.landing]],
        symbol: "diamond",
        symbolSize: 12,
        itemStyle: { color: chartColors.orange },
        z: 4,
      },
    ],
  };
}

function Figure({ label, value, color }: { label: string; value: string; color: string }) {
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Box w={10} h={10} style={{ borderRadius: 2, background: color }} />
        <Text size="xs" c="dimmed">
          {label}
        </Text>
      </Group>
      <Text size="sm" fw={700}>
        {value}
      </Text>
    </Stack>
  );
}

export function LandingFanCard({ data }: { data: Forecast }) {
  const x = useFigures();
  const { t, f } = x;
  const { landing } = data;
  const option = useMemo(() => fanOption(data, x), [data, x]);
  return (
    <WidgetCard
      title={t("forecast.fan.title")}
      subtitle={t("forecast.fan.subtitle", {
        p10: f.yenCompact(landing.p10),
        p50: f.yenCompact(landing.p50),
        p90: f.yenCompact(landing.p90),
      })}
      testId="forecast-fan-card"
    >
      <Box data-testid="forecast-fan-chart">
        <Chart option={option} height={300} />
      </Box>
      <Group gap="xl" mt="xs" wrap="wrap">
        <Figure label={t("forecast.fan.won")} value={f.yen(landing.wonToDate)} color={chartColors.teal} />
        <Figure label="P10" value={f.yen(landing.p10)} color={chartColors.brandLight} />
        <Figure label="P50" value={f.yen(landing.p50)} color={chartColors.brand} />
        <Figure label="P90" value={f.yen(landing.p90)} color={chartColors.brandLight} />
        <Figure
          label={t("forecast.fan.targetShort")}
          value={landing.target === null ? t("dashboard.kgi.noTarget") : f.yen(landing.target)}
          color={chartColors.red}
        />
        <Figure
          label={t("forecast.fan.weighted")}
          value={f.yen(data.weighted.landing)}
          color={chartColors.orange}
        />
      </Group>
    </WidgetCard>
  );
}
