import { Badge, Code, Divider, Drawer, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLocalizedName } from "../../i18n/use-lang";
import { formatRate, formulaMetrics, shortMetricLabel, useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions, useKpiMetrics } from "../kpis/use-kpi-definitions";
import { useSuccessFactors } from "../kpis/use-success-factors";
import { statusColors, type TreeNodeView } from "./kpi-tree-model";

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** Every number can show its definition: formula, unit, direction, description and what it is now. */
export function KpiDefinitionDrawer({
  kpiKey,
  node,
  onClose,
}: {
  kpiKey: string | null;
  node: TreeNodeView | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const metrics = useKpiMetrics();
  const factors = useSuccessFactors();
  const def = kpiKey ? defs.byKey.get(kpiKey) : undefined;
  const watchedBy = (factors.data ?? []).filter((s) => kpiKey && s.kpiKeys.includes(kpiKey));

  return (
    <Drawer
      opened={kpiKey !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={
        <Title order={3} fz="lg">
          {kpiKey ? text.name(kpiKey, def) : ""}
        </Title>
      }
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {kpiKey && (
        <Stack gap="md" data-testid="kpi-definition">
          {def ? (
            <>
              <Group gap={6}>
                <Badge variant="light">{t(`kpi.tiers.${def.tier}`)}</Badge>
                <Badge variant="outline" color="gray">
                  {t(`kpi.units.${def.unit}`)}
                </Badge>
                <Badge variant="outline" color="gray">
                  {t(`kpi.cadences.${def.cadence}`)}
                </Badge>
                <Badge variant="outline" color={def.direction === "higher" ? "teal" : "grape"}>
                  {t(`kpi.directions.${def.direction}`)}
                </Badge>
                {!def.builtIn && (
                  <Badge variant="light" color="violet">
                    {t("kpi.custom")}
                  </Badge>
                )}
              </Group>
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t("kpi.formula")}
                </Text>
                <Text fw={600} data-testid="kpi-definition-formula">
                  {text.formula(def.formula, metrics.byKey)}
                </Text>
                <Code>{def.formula}</Code>
              </Stack>
              <Text size="sm">{text.description(def)}</Text>
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t("kpi.metricsUsed")}
                </Text>
                <List size="sm" spacing={2}>
                  {formulaMetrics(def.formula).map((key) => {
                    const m = metrics.byKey.get(key);
                    return (
                      <List.Item key={key}>
                        <Text span size="sm" fw={600}>
                          {m ? shortMetricLabel(localized(m.label, m.labelEn)) : key}
                        </Text>
                        {m && (
                          <Text span size="xs" c="dimmed">
                            {" "}
                            — {localized(m.label, m.labelEn)}
                          </Text>
                        )}
                      </List.Item>
                    );
                  })}
                </List>
              </Stack>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t("kpi.noDefinition")}
            </Text>
          )}
          {node && (
            <>
              <Divider label={t("kpiTree.thisPeriod")} labelPosition="left" />
              <Group gap={6}>
                <Badge color={statusColors[node.status].mantine} variant="light">
                  {t(`kpi.status.${node.status}`)}
                </Badge>
                {node.stars ? (
                  <Badge variant="outline" color="yellow">
                    {"★".repeat(node.stars)}
                  </Badge>
                ) : null}
              </Group>
              <SimpleGrid cols={3} spacing="sm">
                <Fact label={t("targets.value")} value={text.value(node.target, def)} />
                <Fact label={t("targets.stretch")} value={text.value(node.stretch, def)} />
                <Fact label={t("targets.minimum")} value={text.value(node.minimum, def)} />
                <Fact label={t("kpiTree.actual")} value={text.value(node.actual, def)} />
                <Fact label={t("kpiTree.achievement")} value={formatRate(node.achievement, text.f.lang, 0)} />
                <Fact label={t("kpiTree.pace")} value={formatRate(node.pace, text.f.lang, 0)} />
              </SimpleGrid>
              {node.sampleSize > 0 && (
                <Text size="xs" c="dimmed">
                  {t("kpiTree.sampleSize", { count: node.sampleSize })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t("kpiTree.paceHint")}
              </Text>
            </>
          )}
          {watchedBy.length > 0 && (
            <>
              <Divider label={t("kpi.watchedBy")} labelPosition="left" />
              <Stack gap={4}>
                {watchedBy.map((s) => (
                  <Group key={`${s.kind}-${s.name}`} gap={6}>
                    <Badge size="sm" variant="light" color={s.kind === "csf" ? "indigo" : "cyan"}>
                      {t(`successFactors.kinds.${s.kind}`)}
                    </Badge>
                    <Text size="sm">{localized(s.name, s.nameEn)}</Text>
                  </Group>
                ))}
              </Stack>
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
