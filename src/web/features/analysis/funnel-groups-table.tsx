import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { MIN_STEP_SAMPLE } from "../../../domain/funnel";
import type { FunnelAnalysis } from "../../api/analysis";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { formatRate } from "../kpis/kpi-format";
import { achievementColor } from "./analysis-labels";

/** Each value of the axis with its actual rate and achievement per step, and its own bottleneck. */
export function FunnelGroupsTable({
  analysis,
  dashboardOf,
}: {
  analysis: FunnelAnalysis;
  dashboardOf: (scope: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table data-testid="groups-table" verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`analysis.axisColumn.${analysis.by}`)}</Table.Th>
            {analysis.steps.map((s) => (
              <Table.Th key={s.key} ta="right">
                {localized(s.name, s.nameEn)}
              </Table.Th>
            ))}
            <Table.Th>{t("analysis.bottleneck")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {analysis.groups.map((group) => {
            const label = localized(group.label, group.labelEn);
            return (
              <Table.Tr key={group.key} data-testid="group-row" data-group={group.key}>
                <Table.Td>
                  {group.scope ? (
                    <Anchor
                      component={Link}
                      to={dashboardOf(group.scope)}
                      size="sm"
                      fw={600}
                      data-testid="group-link"
                    >
                      {label}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                  )}
                </Table.Td>
                {analysis.steps.map((s) => {
                  const step = group.steps.find((x) => x.key === s.key);
                  const thin = (step?.fromCount ?? 0) < MIN_STEP_SAMPLE;
                  const color = thin ? "gray" : achievementColor(step?.rateAchievement ?? null);
                  return (
                    <Table.Td
                      key={s.key}
                      ta="right"
                      style={{ whiteSpace: "nowrap" }}
                      title={
                        step
                          ? `${t("analysis.countsValue", { to: f.number(step.toCount), from: f.number(step.fromCount) })}${
                              thin ? ` ・ ${t("analysis.thinSample", { count: MIN_STEP_SAMPLE })}` : ""
                            }`
                          : undefined
                      }
                    >
                      <Text size="sm" span fw={600}>
                        {formatRate(step?.actualRate, f.lang, 1)}
                      </Text>
                      <Text size="xs" span c={color === "gray" ? "dimmed" : `${color}.8`} ml={6}>
                        ({formatRate(step?.rateAchievement, f.lang, 0)})
                      </Text>
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {group.bottleneck ? (
                    <Badge color="red" variant="light" size="sm" style={{ minWidth: "max-content" }}>
                      {t("analysis.bottleneckShort", {
                        step: t(`analysis.steps.${group.bottleneck.step}`),
                        value: formatRate(group.bottleneck.rateAchievement, f.lang, 0),
                      })}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
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
