import { Anchor, Badge, Box, Center, Grid, Group, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { Link } from "react-router";
import type { Dashboard } from "../../api/dashboard";
import type { ChartOption } from "../../components/charts/chart-option";
import { chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { statusColors } from "../kpi-tree/kpi-tree-model";
import { dealsLink, deltaColor, formatMonthDay, rangeToDate, signedPoints, wonIn } from "./dashboard-model";
import { KpiStatusBadge } from "./kpi-status-badge";
import { type Figures, useFigures } from "./use-figures";

/**
 * The achievement as a ring, with a mark across it where a steady business-day pace would be today:
 * two gauges on the same spot, the ring with its progress and, above it, only the mark.
 */
function gaugeOption(data: Dashboard, x: Figures): ChartOption {
  const achievement = (data.kgi.achievement ?? 0) * 100;
  const expected = (data.pace.expectedShare ?? 0) * 100;
  const max = Math.max(100, Math.ceil(Math.max(achievement, expected) / 10) * 10);
  const color = statusColors[data.kgi.status].main;
  const shape = {
    type: "gauge" as const,
    startAngle: 210,
    endAngle: -30,
    min: 0,
    max,
    radius: "90%",
    center: ["50%", "55%"],
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    anchor: { show: false },
    animationDuration: 600,
  };
  return {
    series: [
      {
        ...shape,
        axisLine: { lineStyle: { width: 16, color: [[1, chartColors.grid]] } },
        progress: { show: true, width: 16, itemStyle: { color } },
        pointer: { show: false },
        title: { offsetCenter: [0, "30%"], fontSize: 12, color: chartColors.text },
        detail: {
          offsetCenter: [0, "-2%"],
          fontSize: 26,
          fontWeight: "bold",
          color,
          formatter: () => x.rate(data.kgi.achievement, 0),
        },
        data: [{ value: Math.min(achievement, max), name: x.t("dashboard.kgi.achievement") }],
      },
      {
        ...shape,
        axisLine: { show: false },
        progress: { show: false },
        pointer: {
          show: data.pace.expectedShare !== null,
          icon: "rect",
          length: "26%",
          width: 4,
          offsetCenter: [0, "-72%"],
          itemStyle: { color: chartColors.text },
        },
        title: { show: false },
        detail: { show: false },
        data: [{ value: expected, name: x.t("dashboard.kgi.expectedMark") }],
      },
    ],
  };
}

/** KGI: actual against target, achievement, where the pace says we should be, and last period. */
export function KgiCard({ data }: { data: Dashboard }) {
  const x = useFigures();
  const { t, f } = x;
  const { kgi, pace, previousPeriod: prev } = data;
  const option = useMemo(() => gaugeOption(data, x), [data, x]);
  const delta = signedPoints(prev.achievementDelta, t("dashboard.kgi.pointUnit"));
  const wonLink = dealsLink(data.scope.scope, wonIn(rangeToDate(data.period, data.today)));

  return (
    <WidgetCard
      title={t("dashboard.kgi.title", { name: x.name(kgi) })}
      subtitle={t("kpiTree.elapsed", { elapsed: pace.elapsedBusinessDays, total: pace.businessDays })}
      actions={<KpiStatusBadge status={kgi.status} testId="kgi-status" />}
      testId="kgi-card"
    >
      <Grid gutter="md" align="center">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          {kgi.target === null ? (
            <Center h={180}>
              <Text size="sm" c="dimmed">
                {t("dashboard.kgi.noTarget")}
              </Text>
            </Center>
          ) : (
            <Box data-testid="kgi-chart" aria-label={t("dashboard.kgi.achievement")}>
              <Chart option={option} height={190} />
            </Box>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={700}>
              {t("dashboard.kgi.actual")}
            </Text>
            <Anchor
              component={Link}
              to={wonLink}
              fz={30}
              fw={700}
              lh={1.1}
              c="dark.8"
              data-testid="kgi-actual"
              title={t("dashboard.kgi.openWon")}
            >
              {x.value(kgi.actual, kgi.unit)}
            </Anchor>
            <Text size="sm" c="dimmed" data-testid="kgi-target">
              {kgi.target === null
                ? t("dashboard.kgi.noTarget")
                : t("dashboard.kgi.target", { value: x.value(kgi.target, kgi.unit) })}
              {" ・ "}
              <Text span fw={700} c={statusColors[kgi.status].main} data-testid="kgi-achievement">
                {t("dashboard.kgi.achievementValue", { value: x.rate(kgi.achievement, 1) })}
              </Text>
            </Text>
            {pace.expectedShare !== null && kgi.target !== null && (
              <Text size="sm" fw={600} data-testid="kgi-pace">
                {t("dashboard.kgi.paceLine", {
                  expected: x.rate(pace.expectedShare, 0),
                  actual: x.rate(kgi.achievement, 0),
                })}
              </Text>
            )}
            <Group gap={6} wrap="wrap" data-testid="kgi-previous">
              <Text size="sm" c="dimmed">
                {t("dashboard.kgi.previous", {
                  label: t(`dashboard.previousLabel.${data.period.kind}`),
                  date: formatMonthDay(prev.asOf, f.lang),
                  value: x.rate(prev.kgi.achievement, 0),
                })}
              </Text>
              {delta && (
                <Badge variant="light" color={deltaColor(prev.achievementDelta)} data-testid="kgi-delta">
                  {delta}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t("dashboard.kgi.paceHint")}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </WidgetCard>
  );
}
