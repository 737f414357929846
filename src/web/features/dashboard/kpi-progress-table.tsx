import { Anchor, Progress, Table, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { KpiProgress } from "../../../contract/dashboard";
import { statusColors } from "../kpi-tree/kpi-tree-model";
import { KpiStatusBadge } from "./kpi-status-badge";
import { useFigures } from "./use-figures";

type Row = KpiProgress & { dailyTarget?: number | null };

/**
 * KPIs against target and the business-day pace: target, actual, where the pace says the actual
 * should be today, achievement and status. Each name opens the records behind the actual.
 */
export function KpiProgressTable({
  rows,
  linkOf,
  withDaily = false,
  testId,
  rowTestId,
}: {
  rows: Row[];
  linkOf: (kpiKey: string) => string | null;
  withDaily?: boolean;
  testId: string;
  rowTestId: string;
}) {
  const { t } = useTranslation();
  const x = useFigures();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" ta="center" data-testid={testId}>
        {t("dashboard.kpis.empty")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={withDaily ? 640 : 560} type="native">
      <Table data-testid={testId} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("dashboard.kpis.kpi")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.kpis.actual")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.kpis.expected")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.kpis.target")}</Table.Th>
            {withDaily && <Table.Th ta="right">{t("dashboard.kpis.daily")}</Table.Th>}
            <Table.Th w={140}>{t("dashboard.kpis.achievement")}</Table.Th>
            <Table.Th>{t("dashboard.kpis.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const link = linkOf(row.kpiKey);
            const name = x.name(row);
            const color = statusColors[row.status];
            return (
              <Table.Tr key={row.kpiKey} data-testid={rowTestId} data-kpi={row.kpiKey}>
                <Table.Td>
                  {link ? (
                    <Anchor component={Link} to={link} size="sm" fw={600}>
                      {name}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" fw={700} span>
                    {x.value(row.actual, row.unit, true)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {x.value(row.expectedToDate, row.unit, true)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {x.value(row.target, row.unit, true)}
                </Table.Td>
                {withDaily && (
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {row.dailyTarget == null ? "—" : x.f.number(row.dailyTarget)}
                  </Table.Td>
                )}
                <Table.Td>
                  <Tooltip
                    label={t("dashboard.kpis.paceTooltip", { pace: x.rate(row.pace, 0) })}
                    disabled={row.pace === null}
                  >
                    <div>
                      <Text size="xs" fw={600} mb={2}>
                        {x.rate(row.achievement, 1)}
                      </Text>
                      {row.achievement !== null && (
                        <Progress
                          value={Math.min(100, row.achievement * 100)}
                          color={color.mantine}
                          size="sm"
                          radius="xl"
                          aria-label={name}
                        />
                      )}
                    </div>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <KpiStatusBadge status={row.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
