import { Alert, Badge, Table, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { WeeklyFigures } from "../../api/reviews";
import { type Figures, useFigures } from "../dashboard/use-figures";

type Funnel = WeeklyFigures["funnel"];

/** The line the meeting starts from: the step furthest below its target rate, or none. */
export function BottleneckLine({ funnel }: { funnel: Funnel }) {
  const x = useFigures();
  const step = funnel.bottleneck && funnel.steps.find((s) => s.key === funnel.bottleneck?.step);
  if (!funnel.bottleneck || !step) {
    return (
      <Alert color="teal" variant="light" data-testid="review-bottleneck">
        {x.t("reviews.figures.noBottleneck")}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      data-testid="review-bottleneck"
    >
      {x.t("reviews.figures.bottleneck", {
        step: x.name(step),
        achievement: x.rate(funnel.bottleneck.rateAchievement, 0),
        actual: x.rate(step.actualRate),
        target: x.rate(step.targetRate),
      })}
    </Alert>
  );
}

const sourceLabel = (x: Figures, source: Funnel["steps"][number]["targetSource"]) =>
  source ? x.t(`reviews.figures.targetSource.${source}`) : "";

/** The conversion steps of the period against their target rates. */
export function FunnelStepsTable({ funnel }: { funnel: Funnel }) {
  const x = useFigures();
  return (
    <Table verticalSpacing={6} data-testid="review-funnel">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{x.t("reviews.figures.step")}</Table.Th>
          <Table.Th ta="right">{x.t("reviews.figures.counts")}</Table.Th>
          <Table.Th ta="right">{x.t("reviews.figures.actualRate")}</Table.Th>
          <Table.Th ta="right">{x.t("reviews.figures.targetRate")}</Table.Th>
          <Table.Th ta="right">{x.t("reviews.figures.rateAchievement")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {funnel.steps.map((step) => {
          const isBottleneck = funnel.bottleneck?.step === step.key;
          return (
            <Table.Tr key={step.key} bg={isBottleneck ? "orange.0" : undefined}>
              <Table.Td>
                <Text size="sm" fw={600} span>
                  {x.name(step)}
                </Text>{" "}
                {isBottleneck && (
                  <Badge size="xs" color="orange">
                    {x.t("reviews.figures.bottleneckBadge")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {x.f.number(step.toCount)} / {x.f.number(step.fromCount)}
              </Table.Td>
              <Table.Td ta="right">{x.rate(step.actualRate)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {x.rate(step.targetRate)}{" "}
                <Text span size="xs" c="dimmed">
                  {sourceLabel(x, step.targetSource)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {x.rate(step.rateAchievement, 0)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
