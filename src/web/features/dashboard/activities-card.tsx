import { Box, Center, SegmentedControl, Stack, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { ActivityDay, ActivityItem, Dashboard } from "../../api/dashboard";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import {
  activitiesLink,
  activityFilterOf,
  type DailySeriesKey,
  dailySeriesKeys,
  defaultSeries,
  formatMonthDay,
  itemOfSeries,
} from "./dashboard-model";
import { KpiProgressTable } from "./kpi-progress-table";
import { type Figures, useFigures } from "./use-figures";

const seriesKpi: Record<DailySeriesKey, string> = {
  calls: "calls",
  effectiveContacts: "effectiveContacts",
  meetingsSet: "meetingsSet",
  meetingsHeld: "meetings",
  emailsSent: "emailsSent",
};

function dailyOption(
  days: ActivityDay[],
  key: DailySeriesKey,
  item: ActivityItem | undefined,
  x: Figures,
): ChartOption {
  const target = item?.dailyTarget ?? null;
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 4, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: {
      type: "category",
      data: days.map((d) => formatMonthDay(d.date, x.f.lang)),
      axisLabel: { fontSize: 10, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: "value",
      minInterval: 1,
      max: target === null ? undefined : (v: { max: number }) => Math.max(v.max, Math.ceil(target * 1.15)),
      splitLine: { lineStyle: { color: chartColors.grid } },
      axisLabel: { fontSize: 10 },
    },
    series: [
      {
        type: "bar",
        name: x.t(`dashboard.activities.series.${key}`),
        data: days.map((d) => ({
          value: d[key],
          itemStyle: { color: d.businessDay ? chartColors.brand : chartColors.gray },
        })),
        barMaxWidth: 22,
        markLine:
          target === null
            ? undefined
            : {
                symbol: "none",
                silent: true,
                lineStyle: { color: chartColors.orange, type: "dashed", width: 2 },
                label: {
                  position: "insideEndTop",
                  formatter: x.t("dashboard.activities.dailyTarget", { value: x.f.number(target) }),
                  fontSize: 11,
                  color: chartColors.orange,
                },
                data: [{ yAxis: target }],
              },
      },
    ],
  };
}

/** Activity volume per day against the daily target, and each action KPI against its target. */
export function ActivitiesCard({
  data,
  linkOf,
}: {
  data: Dashboard;
  linkOf: (kpiKey: string) => string | null;
}) {
  const x = useFigures();
  const { t } = x;
  const navigate = useNavigate();
  const { items, daily } = data.activities;
  const [key, setKey] = useState<DailySeriesKey>(() => defaultSeries(items));
  const item = itemOfSeries(items, key);
  const option = useMemo(() => dailyOption(daily, key, item, x), [daily, key, item, x]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const day = daily[click.dataIndex];
      if (!day) return;
      const filter = activityFilterOf[seriesKpi[key]] ?? {};
      void navigate(activitiesLink(data.scope.scope, { from: day.date, to: day.date }, filter));
    },
    [daily, key, data.scope.scope, navigate],
  );

  return (
    <WidgetCard
      title={t("dashboard.activities.title")}
      subtitle={t("dashboard.activities.subtitle")}
      actions={
        <SegmentedControl
          size="xs"
          value={key}
          onChange={(value) => setKey(value as DailySeriesKey)}
          data={dailySeriesKeys.map((k) => ({ value: k, label: t(`dashboard.activities.series.${k}`) }))}
          data-testid="activities-series"
        />
      }
      testId="activities-card"
    >
      <Stack gap="sm">
        {daily.length === 0 ? (
          <Center h={120}>
            <Text size="sm" c="dimmed">
              {t("dashboard.activities.empty")}
            </Text>
          </Center>
        ) : (
          <Box data-testid="activities-chart">
            <Chart option={option} height={240} onClick={onClick} />
          </Box>
        )}
        <Text size="xs" c="dimmed">
          {t("dashboard.activities.clickHint")}
        </Text>
        <KpiProgressTable
          rows={items}
          linkOf={linkOf}
          withDaily
          testId="activities-table"
          rowTestId="activity-item-row"
        />
      </Stack>
    </WidgetCard>
  );
}
