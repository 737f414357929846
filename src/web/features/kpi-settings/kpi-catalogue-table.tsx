import { Badge, Code, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { KpiDefinition } from "../../api/kpis";
import { useKpiText } from "../kpis/kpi-format";
import { useKpiMetrics } from "../kpis/use-kpi-definitions";

const tiers = ["strategic", "tactical", "action"] as const;
const tierColor = { strategic: "indigo", tactical: "blue", action: "cyan" } as const;

/** The KPI catalogue by tier (strategic / tactical / action), each with its formula and scope. */
export function KpiCatalogueTable({ kpis }: { kpis: KpiDefinition[] }) {
  const { t } = useTranslation();
  const text = useKpiText();
  const metrics = useKpiMetrics();
  return (
    <Stack gap="md" data-testid="kpi-catalogue">
      {tiers.map((tier) => {
        const rows = kpis.filter((k) => k.tier === tier);
        return (
          <Paper key={tier} withBorder style={{ overflow: "hidden" }}>
            <Stack gap={0} px="md" pt="md" pb="xs">
              <Title order={3} fz="md">
                <Badge variant="light" color={tierColor[tier]} mr={8} size="lg">
                  {t(`kpi.tiers.${tier}`)}
                </Badge>
                {t("kpiSettings.tierCount", { count: rows.length })}
              </Title>
              <Text size="xs" c="dimmed" mt={4}>
                {t(`kpiSettings.tierHints.${tier}`)}
              </Text>
            </Stack>
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing={6} striped data-testid={`kpi-catalogue-${tier}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={190}>{t("kpiSettings.name")}</Table.Th>
                    <Table.Th w={260}>{t("kpi.formula")}</Table.Th>
                    <Table.Th>{t("kpi.unit")}</Table.Th>
                    <Table.Th>{t("kpi.cadence")}</Table.Th>
                    <Table.Th>{t("kpi.direction")}</Table.Th>
                    <Table.Th>{t("kpi.description")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((k) => (
                    <Table.Tr key={k.key} data-testid="kpi-catalogue-row">
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {text.name(k.key, k)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {k.key}
                          {!k.builtIn && (
                            <Badge size="xs" ml={6} variant="light" color="violet">
                              {t("kpi.custom")}
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{text.formula(k.formula, metrics.byKey)}</Text>
                        <Code fz={11}>{k.formula}</Code>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`kpi.units.${k.unit}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`kpi.cadences.${k.cadence}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {t(`kpi.directions.${k.direction}`)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{text.description(k)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        );
      })}
    </Stack>
  );
}
