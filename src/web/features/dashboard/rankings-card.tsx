import { Anchor, Box, Center, Grid, ScrollArea, Select, Table, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { Link, useNavigate } from "react-router";
import type { Dashboard, RankedPerson } from "../../api/dashboard";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { statusColors } from "../kpi-tree/kpi-tree-model";
import { type RankByKey, rankByKeys } from "./dashboard-model";
import { type Figures, useFigures } from "./use-figures";

/** The chart shows the leaders; the table beside it lists everyone. */
const CHART_PEOPLE = 15;

function barColor(person: RankedPerson): string {
  if (person.achievement === null) return chartColors.brand;
  if (person.achievement >= 1) return statusColors.on_track.main;
  return person.achievement >= 0.8 ? statusColors.behind.main : statusColors.at_risk.main;
}

function rankingOption(people: RankedPerson[], unit: Dashboard["rankings"]["unit"], x: Figures): ChartOption {
  const shown = people.slice(0, CHART_PEOPLE).reverse();
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 4, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p) => {
        const person = shown[(p as { dataIndex: number }).dataIndex];
        if (!person) return "";
        const target =
          person.target === null
            ? ""
            : `<br/>${x.t("dashboard.kgi.target", { value: x.value(person.target, unit) })}`;
        return `${person.rank}. ${person.name}<br/>${x.value(person.value, unit)}${target}`;
      },
    },
    xAxis: {
      type: "value",
      minInterval: unit === "ratio" ? undefined : 1,
      axisLabel: { fontSize: 10, formatter: (v: number) => x.value(v, unit, true), hideOverlap: true },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    yAxis: {
      type: "category",
      data: shown.map((p) => p.name),
      axisLabel: { fontSize: 11 },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        data: shown.map((p) => ({ value: p.value ?? 0, itemStyle: { color: barColor(p) } })),
        barMaxWidth: 18,
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          formatter: (p) => x.value(Number((p as { value: number }).value), unit, true),
        },
      },
    ],
  };
}

/** People of the scope ranked on a KPI; each name opens that person's dashboard. */
export function RankingsCard({
  data,
  rankBy,
  onRankByChange,
  personLink,
}: {
  data: Dashboard;
  rankBy: RankByKey;
  onRankByChange: (key: RankByKey) => void;
  personLink: (userId: string) => string;
}) {
  const x = useFigures();
  const { t } = x;
  const navigate = useNavigate();
  const { rankings } = data;
  const option = useMemo(() => rankingOption(rankings.people, rankings.unit, x), [rankings, x]);
  const shown = rankings.people.slice(0, CHART_PEOPLE).reverse();
  const onClick = useCallback(
    (click: ChartClick) => {
      const person = shown[click.dataIndex];
      if (person) void navigate(personLink(person.userId));
    },
    [shown, navigate, personLink],
  );

  return (
    <WidgetCard
      title={t("dashboard.rankings.title")}
      subtitle={t("dashboard.rankings.subtitle", { kpi: x.name(rankings) })}
      actions={
        <Select
          size="xs"
          w={180}
          value={rankBy}
          onChange={(value) => value && onRankByChange(value as RankByKey)}
          data={rankByKeys.map((k) => ({ value: k, label: t(`dashboard.rankings.by.${k}`) }))}
          allowDeselect={false}
          aria-label={t("dashboard.rankings.rankBy")}
          data-testid="rank-by"
          comboboxProps={{ withinPortal: true }}
        />
      }
      testId="rankings-card"
    >
      {rankings.people.length === 0 ? (
        <Center h={120}>
          <Text size="sm" c="dimmed">
            {t("dashboard.rankings.empty")}
          </Text>
        </Center>
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Box data-testid="rankings-chart">
              <Chart option={option} height={Math.max(160, shown.length * 26 + 24)} onClick={onClick} />
            </Box>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ScrollArea.Autosize mah={Math.max(320, shown.length * 26 + 24)} type="auto">
              <Table data-testid="rankings-table" verticalSpacing={4} stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={48} style={{ whiteSpace: "nowrap" }}>
                      {t("dashboard.rankings.rank")}
                    </Table.Th>
                    <Table.Th>{t("dashboard.rankings.person")}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                      {t("dashboard.kpis.actual")}
                    </Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                      {t("dashboard.rankings.achievement")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rankings.people.map((p) => (
                    <Table.Tr key={p.userId} data-testid="ranking-row">
                      <Table.Td>{p.rank}</Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={personLink(p.userId)}
                          size="sm"
                          fw={600}
                          style={{ whiteSpace: "nowrap" }}
                          data-testid="ranking-person"
                        >
                          {p.name}
                        </Anchor>
                        {p.teamName && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {p.teamName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {x.value(p.value, rankings.unit, true)}
                      </Table.Td>
                      <Table.Td ta="right">{x.rate(p.achievement, 0)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Grid.Col>
        </Grid>
      )}
    </WidgetCard>
  );
}
