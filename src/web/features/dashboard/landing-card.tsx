import { Alert, Anchor, Box, Button, Divider, Group, Loader, Stack, Text } from "@mantine/core";
import { IconArrowRight, IconInfoCircle } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link } from "react-router";
import type { Dashboard } from "../../api/dashboard";
import { type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import type { ForecastLanding } from "../forecast/forecast-api";
import { forecastLink } from "../forecast/forecast-model";
import { useForecast } from "../forecast/use-forecast";
import { closingIn, dealsLink, rangeToDate, wonIn } from "./dashboard-model";
import { type Figures, useFigures } from "./use-figures";

/**
 * Won to date and the weighted open pipeline stacked into the estimate (lower row) and, once the
 * forecast has answered, the P10–P90 band of the statistical landing split at its P50 (upper row),
 * against the target.
 */
function landingOption(
  landing: Dashboard["landing"],
  forecast: ForecastLanding | undefined,
  x: Figures,
): ChartOption {
  const yen = (v: number) => x.f.yenCompact(v);
  const rows = forecast ? [x.t("dashboard.landing.weightedRow"), x.t("dashboard.landing.forecastRow")] : [""];
  const onForecast = (value: number) => (forecast ? [null, value] : []);
  const band = forecast
    ? [
        {
          type: "bar" as const,
          name: "p10-base",
          stack: "estimate",
          data: onForecast(forecast.p10 - forecast.wonToDate),
          itemStyle: { color: "transparent" },
          silent: true,
          tooltip: { show: false },
        },
        {
          type: "bar" as const,
          name: x.t("dashboard.landing.bandLow"),
          stack: "estimate",
          data: onForecast(forecast.p50 - forecast.p10),
          itemStyle: { color: chartColors.brand, opacity: 0.55 },
          tooltip: { formatter: () => `P10–P50<br/>${yen(forecast.p10)} – ${yen(forecast.p50)}` },
        },
        {
          type: "bar" as const,
          name: x.t("dashboard.landing.bandHigh"),
          stack: "estimate",
          data: onForecast(forecast.p90 - forecast.p50),
          itemStyle: { color: chartColors.brand, opacity: 0.25 },
          tooltip: { formatter: () => `P50–P90<br/>${yen(forecast.p50)} – ${yen(forecast.p90)}` },
        },
      ]
    : [];
  return {
    grid: { left: 8, right: 24, top: 22, bottom: 24, containLabel: true },
    legend: {
      bottom: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
      data: [
        x.t("dashboard.landing.won"),
        x.t("dashboard.landing.weighted"),
        ...(forecast ? [x.t("dashboard.landing.bandLow"), x.t("dashboard.landing.bandHigh")] : []),
      ],
    },
    tooltip: { trigger: "item", valueFormatter: (v) => yen(Number(v)) },
    xAxis: {
      type: "value",
      max: Math.max(landing.target ?? 0, landing.estimate, forecast?.p90 ?? 0) * 1.08 || undefined,
      axisLabel: { formatter: (v: number) => yen(v), fontSize: 10, hideOverlap: true },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    yAxis: {
      type: "category",
      data: rows,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: "bar",
        name: x.t("dashboard.landing.won"),
        stack: "estimate",
        data: forecast ? [landing.wonToDate, forecast.wonToDate] : [landing.wonToDate],
        itemStyle: { color: chartColors.teal },
        barWidth: forecast ? 20 : 26,
        markLine:
          landing.target === null
            ? undefined
            : {
                symbol: "none",
                silent: true,
                lineStyle: { color: chartColors.red, type: "dashed", width: 2 },
                label: { formatter: x.t("dashboard.landing.targetMark"), position: "end", fontSize: 11 },
                data: [{ xAxis: landing.target }],
              },
      },
      {
        type: "bar",
        name: x.t("dashboard.landing.weighted"),
        stack: "estimate",
        data: [landing.weightedOpen],
        itemStyle: { color: chartColors.brandLight },
      },
      ...band,
    ],
  };
}

function Row({
  label,
  value,
  to,
  strong,
  testId,
}: {
  label: string;
  value: string;
  to?: string;
  strong?: boolean;
  testId: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" c={strong ? undefined : "dimmed"} fw={strong ? 700 : 400}>
        {label}
      </Text>
      {to ? (
        <Anchor component={Link} to={to} size="sm" fw={700} data-testid={testId}>
          {value}
        </Anchor>
      ) : (
        <Text size={strong ? "lg" : "sm"} fw={700} data-testid={testId}>
          {value}
        </Text>
      )}
    </Group>
  );
}

/**
 * 着地見込み: won to date + Σ amount × probability of the open deals closing in the period, beside
 * the forecast's P50 with its P10–P90 band; the forecast page of the same scope and period one click away.
 */
export function LandingCard({ data }: { data: Dashboard }) {
  const x = useFigures();
  const { t, f } = x;
  const { landing } = data;
  const scope = data.scope.scope;
  const forecast = useForecast({ scope, period: data.period.label });
  const p = forecast.data?.landing;
  const option = useMemo(() => landingOption(landing, p, x), [landing, p, x]);
  const toForecast = forecastLink(scope, data.period.label);
  return (
    <WidgetCard
      title={t("dashboard.landing.title")}
      testId="landing-card"
      fetching={forecast.isFetching}
      actions={
        <Button
          component={Link}
          to={toForecast}
          size="compact-sm"
          variant="light"
          rightSection={<IconArrowRight size={14} />}
          data-testid="landing-forecast-link"
        >
          {t("dashboard.landing.openForecast")}
        </Button>
      }
    >
      <Stack gap={6}>
        <Row
          label={t("dashboard.landing.won")}
          value={f.yen(landing.wonToDate)}
          to={dealsLink(scope, wonIn(rangeToDate(data.period, data.today)))}
          testId="landing-won"
        />
        <Row
          label={t("dashboard.landing.weightedOf", { count: landing.openDeals })}
          value={`+ ${f.yen(landing.weightedOpen)}`}
          to={dealsLink(scope, closingIn(data.period))}
          testId="landing-weighted"
        />
        <Row
          label={t("dashboard.landing.estimate")}
          value={f.yen(landing.estimate)}
          strong
          testId="landing-estimate"
        />
        <Row
          label={t("dashboard.landing.target")}
          value={landing.target === null ? t("dashboard.kgi.noTarget") : f.yen(landing.target)}
          testId="landing-target"
        />
        <Row
          label={t("dashboard.landing.achievement")}
          value={x.rate(landing.achievement, 1)}
          testId="landing-achievement"
        />
        <Divider my={2} />
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Text size="sm" fw={700}>
              {t("dashboard.landing.p50")}
            </Text>
            <Text size="xs" c="dimmed">
              {t("dashboard.landing.p50Hint")}
            </Text>
          </Stack>
          {p ? (
            <Stack gap={0} align="flex-end">
              <Anchor component={Link} to={toForecast} size="lg" fw={700} data-testid="landing-p50">
                {f.yen(p.p50)}
              </Anchor>
              <Text size="xs" c="dimmed" data-testid="landing-band">
                {t("dashboard.landing.band", { p10: f.yenCompact(p.p10), p90: f.yenCompact(p.p90) })}
              </Text>
              {p.achievement !== null && (
                <Text size="xs" c="dimmed">
                  {t("dashboard.landing.p50Achievement", { value: x.rate(p.achievement, 0) })}
                </Text>
              )}
            </Stack>
          ) : forecast.isError ? (
            <Text size="sm" c="dimmed" data-testid="landing-p50">
              —
            </Text>
          ) : (
            <Loader size="xs" />
          )}
        </Group>
        <Box data-testid="landing-chart">
          <Chart option={option} height={p ? 150 : 120} />
        </Box>
        <Alert variant="light" color="gray" p="xs" icon={<IconInfoCircle size={16} />}>
          <Text size="xs">{t("dashboard.landing.noteForecast")}</Text>
        </Alert>
      </Stack>
    </WidgetCard>
  );
}
