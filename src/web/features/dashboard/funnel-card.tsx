import { Anchor, Box, Center, Grid, Table, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { Link, useNavigate } from "react-router";
import type { Dashboard, FunnelStageFigures } from "../../api/dashboard";
import { type ChartClick, type ChartOption, chartColors } from "../../components/charts/chart-option";
import { Chart } from "../../components/charts/lazy-chart";
import { WidgetCard } from "../../components/widget-card";
import { useLocalizedName } from "../../i18n/use-lang";
import { dealsLink } from "./dashboard-model";
import { type Figures, useFigures } from "./use-figures";

const palette = ["#0045c7", "#175ef9", "#427cf9", "#6c9bfc", "#a0beff", "#d0e0ff"];

/**
 * The width of a layer is the open deals in its stage or a later one, so that the shape narrows
 * from the first stage to the last whatever each stage holds; the label gives the stage's own count.
 */
function funnelOption(stages: FunnelStageFigures[], x: Figures): ChartOption {
  const atOrBeyond = stages.map((_, i) => stages.slice(i).reduce((sum, s) => sum + s.openDeals, 0));
  return {
    tooltip: {
      trigger: "item",
      formatter: (p) => {
        const stage = stages[(p as { dataIndex: number }).dataIndex];
        if (!stage) return "";
        return `${x.name(stage)}<br/>${x.t("dashboard.funnel.openLine", {
          count: stage.openDeals,
          amount: x.f.yenCompact(stage.openAmount),
        })}`;
      },
    },
    series: [
      {
        type: "funnel",
        sort: "none",
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        minSize: "30%",
        maxSize: "100%",
        gap: 3,
        label: {
          position: "inside",
          color: "#fff",
          fontSize: 11,
          formatter: (p) => {
            const stage = stages[(p as { dataIndex: number }).dataIndex];
            return stage ? `${x.name(stage)}  ${x.f.number(stage.openDeals)}` : "";
          },
        },
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
        emphasis: { label: { fontWeight: "bold" } },
        data: stages.map((s, i) => ({
          name: s.stageId,
          value: atOrBeyond[i],
          itemStyle: { color: palette[Math.min(i, palette.length - 1)] ?? chartColors.brand },
        })),
      },
    ],
  };
}

/**
 * The pipeline now (open deals and amount per stage) and in the period (entered, left, left forward,
 * average days in the stage). A stage opens the deal list filtered to it.
 */
export function FunnelCard({ data }: { data: Dashboard }) {
  const x = useFigures();
  const { t, f } = x;
  const localized = useLocalizedName();
  const navigate = useNavigate();
  const { funnel } = data;
  const scope = data.scope.scope;
  const open = useMemo(() => funnel.stages.filter((s) => s.kind === "open"), [funnel.stages]);
  const option = useMemo(() => funnelOption(open, x), [open, x]);
  const linkOf = useCallback(
    (stage: FunnelStageFigures) =>
      dealsLink(scope, {
        pipelineId: funnel.pipelineId,
        stageId: stage.stageId,
        status: stage.kind === "open" ? "open" : undefined,
      }),
    [scope, funnel.pipelineId],
  );
  const onClick = useCallback(
    (click: ChartClick) => {
      const stage = open[click.dataIndex];
      if (stage) void navigate(linkOf(stage));
    },
    [open, linkOf, navigate],
  );
  const pipeline = funnel.pipelineName ? localized(funnel.pipelineName, funnel.pipelineNameEn) : null;

  return (
    <WidgetCard
      title={t("dashboard.funnel.title")}
      subtitle={pipeline ? t("dashboard.funnel.subtitle", { pipeline }) : undefined}
      testId="funnel-card"
    >
      {funnel.stages.length === 0 ? (
        <Center h={160}>
          <Text size="sm" c="dimmed">
            {t("dashboard.funnel.empty")}
          </Text>
        </Center>
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Box data-testid="funnel-chart">
              <Chart option={option} height={Math.max(220, open.length * 44)} onClick={onClick} />
            </Box>
            <Text size="xs" c="dimmed" ta="center">
              {t("dashboard.funnel.clickHint")}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Table.ScrollContainer minWidth={560} type="native">
              <Table data-testid="funnel-table" verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("fields.stage")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.funnel.openDeals")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.funnel.openAmount")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.funnel.entered")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.funnel.conversion")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.funnel.dwell")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {funnel.stages.map((stage) => (
                    <Table.Tr key={stage.stageId} data-testid="funnel-row" data-stage={stage.key}>
                      <Table.Td>
                        <Anchor component={Link} to={linkOf(stage)} size="sm" fw={600}>
                          {x.name(stage)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">
                        {stage.kind === "open" ? f.number(stage.openDeals) : "—"}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {stage.kind === "open" ? f.yenCompact(stage.openAmount) : "—"}
                      </Table.Td>
                      <Table.Td ta="right">{f.number(stage.entered)}</Table.Td>
                      <Table.Td ta="right">
                        <span
                          title={t("dashboard.funnel.conversionOf", {
                            forward: stage.forwardExits,
                            exits: stage.exits,
                          })}
                        >
                          {x.rate(stage.conversion, 1)}
                        </span>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {x.value(stage.averageDwellDays, "days")}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" mt={4}>
              {t("dashboard.funnel.hint")}
            </Text>
          </Grid.Col>
        </Grid>
      )}
    </WidgetCard>
  );
}
