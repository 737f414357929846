import {
  Alert,
  Badge,
  Box,
  Center,
  Grid,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { DataTable } from "../../components/data-table";
import { QueryError } from "../../components/query-error";
import { WidgetCard } from "../../components/widget-card";
import { type Figures, useFigures } from "../dashboard/use-figures";
import { usePeriodLabel } from "../kpi-tree/period-picker";
import type { Accuracy, AccuracyKind, AccuracyPoint, Forecast } from "./forecast-api";
import { accuracyKindOf, daysBeforeEnd, earliestPoint, samePointLastPeriod } from "./forecast-model";
import { useAccuracy } from "./use-forecast";

type PastPeriod = Accuracy["periods"][number];

/** "+13.8%" / "−5.7%": a signed error (forecast above the actual is positive). */
export function signedRate(value: number | null | undefined, x: Figures): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const text = x.rate(Math.abs(value), 1);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const daysLabel = (days: number, x: Figures) =>
  days === 0 ? x.t("forecast.accuracy.atEnd") : x.t("forecast.accuracy.daysBefore", { count: days });

/** Far from the end on the left, the end on the right. */
const byDistance = (points: AccuracyPoint[]) => [...points].sort((a, b) => b.daysBeforeEnd - a.daysBeforeEnd);

const percentOf = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function lineSeries(
  name: string,
  points: AccuracyPoint[],
  pick: (p: AccuracyPoint) => number | null,
  color: string,
  dashed = false,
) {
  return {
    type: "line" as const,
    name,
    data: points.map((p) => percentOf(pick(p))),
    symbolSize: 6,
    connectNulls: true,
    lineStyle: { color, width: 2, type: dashed ? ("dashed" as const) : ("solid" as const) },
    itemStyle: { color },
  };
}

function axisOption(
  days: number[],
  x: Figures,
): Pick<ChartOption, "grid" | "legend" | "tooltip" | "xAxis" | "yAxis"> {
  return {
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v) => (v === null || v === undefined ? "—" : `${Number(v).toFixed(1)}%`),
    },
    xAxis: {
      type: "category",
      data: days.map((d) => daysLabel(d, x)),
      axisLabel: { fontSize: 10, hideOverlap: true },
      axisTick: { show: false },
    },
    yAxis: {
      type: "value",
      axisLabel: { formatter: (v: number) => `${v}%`, fontSize: 10 },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
  };
}

function errorOption(summary: AccuracyPoint[], x: Figures): ChartOption {
  const points = byDistance(summary);
  return {
    ...axisOption(
      points.map((p) => p.daysBeforeEnd),
      x,
    ),
    series: [
      {
        ...lineSeries(x.t("forecast.accuracy.mape"), points, (p) => p.mape, chartColors.brand),
        areaStyle: { color: chartColors.brand, opacity: 0.08 },
      },
      {
        ...lineSeries(x.t("forecast.accuracy.bias"), points, (p) => p.bias, chartColors.orange, true),
        markLine: {
          symbol: "none",
          silent: true,
          label: { show: false },
          lineStyle: { color: chartColors.gray, width: 1 },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
}

function backtestOption(backtest: Accuracy["backtest"], x: Figures): ChartOption {
  const days = [
    ...new Set([...backtest.stageProbability, ...backtest.monteCarlo].map((p) => p.daysBeforeEnd)),
  ].sort((a, b) => b - a);
  const at = (points: AccuracyPoint[]) =>
    days.map(
      (d) =>
        points.find((p) => p.daysBeforeEnd === d) ?? { daysBeforeEnd: d, periods: 0, mape: null, bias: null },
    );
  return {
    ...axisOption(days, x),
    series: [
      lineSeries(
        x.t("forecast.accuracy.stageMethod"),
        at(backtest.stageProbability),
        (p) => p.mape,
        chartColors.gray,
        true,
      ),
      lineSeries(
        x.t("forecast.accuracy.monteCarloMethod"),
        at(backtest.monteCarlo),
        (p) => p.mape,
        chartColors.brand,
      ),
    ],
  };
}

const periodColumn = createColumnHelper<PastPeriod>();

function periodColumns(x: Figures, label: (p: PastPeriod["period"]) => string) {
  const { t, f } = x;
  const first = (p: PastPeriod) => earliestPoint(p.p50);
  const firstWeighted = (p: PastPeriod) => earliestPoint(p.weighted);
  return [
    periodColumn.accessor("period", {
      header: t("forecast.accuracy.period"),
      cell: (c) => (
        <Text size="sm" fw={600} span>
          {label(c.getValue())}
        </Text>
      ),
      meta: { nowrap: true },
    }),
    periodColumn.accessor("actual", {
      header: t("forecast.accuracy.actual"),
      cell: (c) => f.yen(c.getValue()),
      meta: { align: "right", nowrap: true },
    }),
    periodColumn.display({
      id: "p50",
      header: t("forecast.accuracy.p50AtStart"),
      cell: ({ row: { original } }) => {
        const p = first(original);
        return p ? (
          <Stack gap={0} align="flex-end">
            <Text size="sm">{f.yen(p.forecast)}</Text>
            <Text size="xs" c="dimmed">
              {t("forecast.accuracy.takenOn", {
                date: f.dateCompact(p.takenOn),
                days: daysLabel(p.daysBeforeEnd, x),
              })}
            </Text>
          </Stack>
        ) : (
          "—"
        );
      },
      meta: { align: "right", nowrap: true },
    }),
    periodColumn.display({
      id: "p50Error",
      header: t("forecast.accuracy.error"),
      cell: ({ row: { original } }) => {
        const error = first(original)?.error ?? null;
        return (
          <Text
            size="sm"
            fw={600}
            span
            c={error === null ? "dimmed" : Math.abs(error) <= 0.1 ? "teal.8" : "orange.8"}
          >
            {signedRate(error, x)}
          </Text>
        );
      },
      meta: { align: "right", nowrap: true },
    }),
    periodColumn.display({
      id: "weighted",
      header: t("forecast.accuracy.weightedAtStart"),
      cell: ({ row: { original } }) => {
        const p = firstWeighted(original);
        return p ? f.yen(p.forecast) : "—";
      },
      meta: { align: "right", nowrap: true },
    }),
    periodColumn.display({
      id: "weightedError",
      header: t("forecast.accuracy.error"),
      cell: ({ row: { original } }) => signedRate(firstWeighted(original)?.error ?? null, x),
      meta: { align: "right", nowrap: true },
    }),
    periodColumn.accessor("source", {
      header: t("forecast.accuracy.source"),
      cell: (c) => (
        <Badge variant="light" color={c.getValue() === "live" ? "teal" : "gray"} size="sm">
          {t(`forecast.accuracy.sources.${c.getValue()}`)}
        </Badge>
      ),
      meta: { nowrap: true },
    }),
  ];
}

/** How good our forecasts were: each closed period's error, by how far before its end it was made. */
export function ForecastAccuracyCard({ data, scope }: { data: Forecast; scope: string | undefined }) {
  const x = useFigures();
  const { t, f } = x;
  const periodLabel = usePeriodLabel();
  const [kind, setKind] = useState<AccuracyKind>(accuracyKindOf(data.period.kind));
  const accuracy = useAccuracy(scope, kind);
  const answer = accuracy.data;
  const columns = useMemo(() => periodColumns(x, periodLabel), [x, periodLabel]);
  const errors = useMemo(() => (answer ? errorOption(answer.summary, x) : null), [answer, x]);
  const backtest = useMemo(() => (answer ? backtestOption(answer.backtest, x) : null), [answer, x]);
  // The same point of the last closed period of this kind, as many days before its end as remain now.
  const daysLeft = daysBeforeEnd(data.today, data.period);
  const same = answer ? samePointLastPeriod(answer, daysLeft) : null;
  return (
    <WidgetCard
      title={t("forecast.accuracy.title")}
      subtitle={t("forecast.accuracy.subtitle")}
      fetching={accuracy.isFetching}
      testId="forecast-accuracy-card"
      actions={
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => setKind(v as AccuracyKind)}
          data={[
            { value: "month", label: t("forecast.accuracy.kinds.month") },
            { value: "quarter", label: t("forecast.accuracy.kinds.quarter") },
          ]}
          aria-label={t("forecast.accuracy.kind")}
          data-testid="accuracy-kind"
        />
      }
    >
      {accuracy.isError && <QueryError error={accuracy.error} onRetry={() => void accuracy.refetch()} />}
      {accuracy.isPending && (
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      )}
      {answer && answer.periods.length === 0 && (
        <Alert variant="light" color="gray" icon={<IconHistory size={18} />} data-testid="accuracy-empty">
          {t("forecast.accuracy.empty")}
        </Alert>
      )}
      {answer && answer.periods.length > 0 && (
        <Stack gap="md" opacity={accuracy.isPlaceholderData ? 0.6 : 1}>
          {same && (
            <Alert
              variant="light"
              color="brand"
              icon={<IconHistory size={18} />}
              data-testid="accuracy-same-point"
            >
              <Text size="sm">
                {t("forecast.accuracy.samePoint", {
                  period: periodLabel(same.period),
                  days: daysLabel(same.point.daysBeforeEnd, x),
                  forecast: f.yenCompact(same.point.forecast),
                  actual: f.yenCompact(same.actual),
                  error: signedRate(same.point.error, x),
                })}
              </Text>
            </Alert>
          )}
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Title order={4} fz="sm">
                {t("forecast.accuracy.errorTitle")}
              </Title>
              <Text size="xs" c="dimmed" mb={4}>
                {t("forecast.accuracy.errorHint")}
              </Text>
              {errors && (
                <Box data-testid="accuracy-chart">
                  <Chart option={errors} height={240} />
                </Box>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Title order={4} fz="sm">
                {t("forecast.accuracy.backtestTitle")}
              </Title>
              <Text size="xs" c="dimmed" mb={4}>
                {t("forecast.accuracy.backtestHint")}
              </Text>
              {backtest && (
                <Box data-testid="backtest-chart">
                  <Chart option={backtest} height={240} />
                </Box>
              )}
            </Grid.Col>
          </Grid>
          <Group gap="xs">
            <Title order={4} fz="sm">
              {t("forecast.accuracy.periodsTitle")}
            </Title>
          </Group>
          <DataTable
            data={answer.periods}
            columns={columns}
            getRowId={(p) => p.period.label}
            emptyText={t("forecast.accuracy.empty")}
            testId="accuracy-periods"
            rowTestId="accuracy-period"
            minWidth={860}
          />
        </Stack>
      )}
    </WidgetCard>
  );
}
