import { Badge, Group, Progress, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MIN_STEP_SAMPLE } from "../../../domain/funnel";
import type { FunnelAnalysis } from "../../api/analysis";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { formatRate } from "../kpis/kpi-format";
import { achievementColor } from "./analysis-labels";

/**
 * The funnel decomposed into its steps (seed 002): per step the counts, the target rate and where it
 * came from, the actual rate and how far it is from the target; the bottleneck row stands out.
 */
export function FunnelStepsTable({ analysis }: { analysis: FunnelAnalysis }) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const rate = (v: number | null) => formatRate(v, f.lang, 1);
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table data-testid="steps-table" verticalSpacing={8}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("analysis.step")}</Table.Th>
            <Table.Th ta="right">{t("analysis.counts")}</Table.Th>
            <Table.Th ta="right">{t("analysis.targetRate")}</Table.Th>
            <Table.Th ta="right">{t("analysis.actualRate")}</Table.Th>
            <Table.Th w={170}>{t("analysis.rateAchievement")}</Table.Th>
            <Table.Th>{t("analysis.targetSource")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {analysis.steps.map((step) => {
            const isBottleneck = analysis.bottleneck?.step === step.key;
            const thin = step.fromCount < MIN_STEP_SAMPLE;
            const color = thin ? "gray" : achievementColor(step.rateAchievement);
            return (
              <Table.Tr
                key={step.key}
                bg={isBottleneck ? "red.0" : undefined}
                data-testid="step-row"
                data-step={step.key}
                data-bottleneck={isBottleneck ? "true" : undefined}
              >
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={700}>
                      {localized(step.name, step.nameEn)}
                    </Text>
                    {isBottleneck && (
                      <Badge color="red" variant="filled" size="sm" data-testid="bottleneck-badge">
                        {t("analysis.bottleneck")}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" span>
                    {t("analysis.countsValue", {
                      to: f.number(step.toCount),
                      from: f.number(step.fromCount),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{rate(step.targetRate)}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={700} span>
                    {rate(step.actualRate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" fw={700} c={color === "gray" ? "dimmed" : `${color}.8`} mb={2}>
                    {formatRate(step.rateAchievement, f.lang, 0)}
                  </Text>
                  <Progress
                    value={Math.min(100, (step.rateAchievement ?? 0) * 100)}
                    color={color}
                    size="sm"
                    radius="xl"
                    aria-label={localized(step.name, step.nameEn)}
                  />
                  {thin && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {t("analysis.thinSample", { count: MIN_STEP_SAMPLE })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {step.targetSource ? (
                    <Badge
                      variant="light"
                      color={step.targetSource === "history" ? "gray" : "brand"}
                      size="sm"
                    >
                      {t(`analysis.sources.${step.targetSource}`)}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t("analysis.sources.none")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
