import { Alert, Grid, HoverCard, Stack, Table, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { WidgetCard } from "../../components/widget-card";
import { type Figures, useFigures } from "../dashboard/use-figures";
import type { Forecast, StageInput } from "./forecast-api";
import { BasisBadge } from "./forecast-badges";
import { forecastDealColumns } from "./forecast-deal-columns";

const stageColumn = createColumnHelper<StageInput>();

/** The win rate by how long the deal has been in the stage, the figures the chance of an old deal uses. */
function BandsCard({ stage, x }: { stage: StageInput; x: Figures }) {
  const { t, rate } = x;
  return (
    <HoverCard width={300} shadow="md" withinPortal openDelay={150}>
      <HoverCard.Target>
        <Text size="sm" td="underline dotted" style={{ cursor: "help" }} span>
          {rate(stage.winRate, 0)}
        </Text>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Text size="xs" fw={700} mb={4}>
          {t("forecast.inputs.bandsTitle")}
        </Text>
        {stage.bands.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("forecast.inputs.noBands")}
          </Text>
        ) : (
          <Table fz="xs" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("forecast.inputs.age")}</Table.Th>
                <Table.Th ta="right">{t("forecast.inputs.closed")}</Table.Th>
                <Table.Th ta="right">{t("forecast.inputs.winRate")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stage.bands.map((b) => (
                <Table.Tr key={b.ageFrom}>
                  <Table.Td>{t("forecast.inputs.ageFrom", { days: b.ageFrom })}</Table.Td>
                  <Table.Td ta="right">{b.closed}</Table.Td>
                  <Table.Td ta="right">{rate(b.winRate, 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </HoverCard.Dropdown>
    </HoverCard>
  );
}

function stageColumns(x: Figures, minClosed: number) {
  const { t, f, name } = x;
  return [
    stageColumn.accessor("name", {
      header: t("fields.stage"),
      cell: (c) => (
        <Text size="sm" fw={600} span>
          {name({ name: c.row.original.name, nameEn: c.row.original.nameEn })}
        </Text>
      ),
      meta: { minWidth: 140 },
    }),
    stageColumn.accessor("probability", {
      header: t("forecast.inputs.stageProbability"),
      cell: (c) => f.percent(c.getValue()),
      meta: { align: "right", nowrap: true },
    }),
    stageColumn.accessor("closed", {
      header: t("forecast.inputs.closedDeals"),
      cell: (c) => (
        <Text size="sm" span c={c.getValue() < minClosed ? "orange.8" : undefined} fw={600}>
          {t("common.count", { count: c.getValue() })}
        </Text>
      ),
      meta: { align: "right", nowrap: true },
    }),
    stageColumn.accessor("won", {
      header: t("forecast.inputs.wonDeals"),
      cell: (c) => t("common.count", { count: c.getValue() }),
      meta: { align: "right", nowrap: true },
    }),
    stageColumn.accessor("winRate", {
      header: t("forecast.inputs.winRate"),
      cell: (c) => <BandsCard stage={c.row.original} x={x} />,
      meta: { align: "right", nowrap: true },
    }),
    stageColumn.accessor("medianDaysToClose", {
      header: t("forecast.inputs.medianDays"),
      cell: (c) =>
        c.getValue() === null ? "—" : t("forecast.inputs.days", { count: Math.round(c.getValue() ?? 0) }),
      meta: { align: "right", nowrap: true },
    }),
    stageColumn.accessor("source", {
      header: t("forecast.inputs.source"),
      cell: (c) => <BasisBadge basis={c.getValue()} minClosed={minClosed} size="sm" />,
      meta: { nowrap: true },
    }),
    stageColumn.accessor("openDeals", {
      header: t("forecast.inputs.openDeals"),
      cell: (c) => t("common.count", { count: c.getValue() }),
      meta: { align: "right", nowrap: true },
    }),
  ];
}

/** How the statistical landing is made, and what it rests on: per stage, and the deals carrying it. */
export function ForecastInputsCard({ data }: { data: Forecast }) {
  const x = useFigures();
  const { t, f } = x;
  const { inputs, landing } = data;
  const sColumns = useMemo(() => stageColumns(x, inputs.minClosed), [x, inputs.minClosed]);
  const dColumns = useMemo(
    () => forecastDealColumns(x, inputs.minClosed, { share: true }),
    [x, inputs.minClosed],
  );
  const thin = inputs.stages.filter((s) => s.source === "stage");
  return (
    <WidgetCard title={t("forecast.inputs.title")} testId="forecast-inputs-card">
      <Stack gap="md">
        <Alert variant="light" color="brand" icon={<IconInfoCircle size={18} />} p="sm">
          <Text size="sm">
            {t("forecast.inputs.method", {
              months: inputs.lookbackMonths,
              since: f.dateShort(inputs.since),
              runs: f.number(landing.runs),
              minClosed: inputs.minClosed,
            })}
          </Text>
        </Alert>
        {thin.length > 0 && (
          <Alert variant="light" color="orange" p="sm" data-testid="forecast-thin-history">
            <Text size="sm">
              {t("forecast.inputs.thin", {
                stages: thin
                  .map((s) => x.name({ name: s.name, nameEn: s.nameEn }))
                  .join(t("forecast.inputs.listSeparator")),
                count: inputs.minClosed,
              })}
            </Text>
          </Alert>
        )}
        <Grid gutter="md">
          <Grid.Col span={12}>
            <Title order={4} fz="sm" mb={4}>
              {t("forecast.inputs.stagesTitle")}
            </Title>
            <DataTable
              data={inputs.stages}
              columns={sColumns}
              getRowId={(s) => s.stageId}
              emptyText={t("forecast.inputs.noStages")}
              testId="forecast-stage-inputs"
              rowTestId="forecast-stage-input"
              minWidth={860}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Title order={4} fz="sm" mb={4}>
              {t("forecast.inputs.topTitle")}
            </Title>
            <Text size="xs" c="dimmed" mb={4}>
              {t("forecast.inputs.topHint")}
            </Text>
            <DataTable
              data={inputs.topDeals}
              columns={dColumns}
              getRowId={(d) => d.id}
              emptyText={t("forecast.inputs.noDeals")}
              testId="forecast-top-deals"
              rowTestId="forecast-top-deal"
              minWidth={1000}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </WidgetCard>
  );
}
