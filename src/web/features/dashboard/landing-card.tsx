import { Alert, Anchor, Box, Group, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link } from "react-router";
import type { Dashboard } from "../../api/dashboard";
import { type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { closingIn, dealsLink, rangeToDate, wonIn } from "./dashboard-model";
import { type Figures, useFigures } from "./use-figures";

/** Won to date and the weighted open pipeline stacked into the estimate, against the target. */
function landingOption(landing: Dashboard["landing"], x: Figures): ChartOption {
  const yen = (v: number) => x.f.yenCompact(v);
  return {
    grid: { left: 8, right: 24, top: 22, bottom: 24, containLabel: true },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: "item", valueFormatter: (v) => yen(Number(v)) },
    xAxis: {
      type: "value",
      max: Math.max(landing.target ?? 0, landing.estimate) * 1.08 || undefined,
      axisLabel: { formatter: (v: number) => yen(v), fontSize: 10, hideOverlap: true },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    yAxis: { type: "category", data: [""], axisTick: { show: false }, axisLine: { show: false } },
    series: [
      {
        type: "bar",
        name: x.t("dashboard.landing.won"),
        stack: "estimate",
        data: [landing.wonToDate],
        itemStyle: { color: chartColors.teal },
        barWidth: 26,
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

/** 着地見込み: won to date + Σ amount × probability of the open deals closing in the period. */
export function LandingCard({ data }: { data: Dashboard }) {
  const x = useFigures();
  const { t, f } = x;
  const { landing } = data;
  const scope = data.scope.scope;
  const option = useMemo(() => landingOption(landing, x), [landing, x]);
  return (
    <WidgetCard title={t("dashboard.landing.title")} testId="landing-card">
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
        <Box data-testid="landing-chart">
          <Chart option={option} height={120} />
        </Box>
        <Alert variant="light" color="gray" p="xs" icon={<IconInfoCircle size={16} />}>
          <Text size="xs">{t("dashboard.landing.note")}</Text>
        </Alert>
      </Stack>
    </WidgetCard>
  );
}
