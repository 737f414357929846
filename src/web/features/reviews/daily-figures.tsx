import { Stack, Table, Text } from "@mantine/core";
import type { DailyFigures } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { KpiProgressTable } from "../dashboard/kpi-progress-table";
import { KpiStatusBadge } from "../dashboard/kpi-status-badge";
import { useFigures } from "../dashboard/use-figures";

const noLink = () => null;

/** 日報の数値: each action KPI of the day against its daily target, the rates, the month so far. */
export function DailyFiguresSection({ figures }: { figures: DailyFigures }) {
  const x = useFigures();
  return (
    <Stack gap="md">
      <WidgetCard
        title={x.t("reviews.figures.dayActions")}
        subtitle={figures.businessDay ? undefined : x.t("reviews.figures.notBusinessDay")}
        testId="review-day-actions"
      >
        {figures.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {x.t("dashboard.kpis.empty")}
          </Text>
        ) : (
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.t("dashboard.kpis.kpi")}</Table.Th>
                <Table.Th ta="right">{x.t("reviews.figures.dayActual")}</Table.Th>
                <Table.Th ta="right">{x.t("dashboard.kpis.daily")}</Table.Th>
                <Table.Th ta="right">{x.t("dashboard.kpis.achievement")}</Table.Th>
                <Table.Th>{x.t("dashboard.kpis.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.actions.map((a) => (
                <Table.Tr key={a.kpiKey} data-testid="review-day-action">
                  <Table.Td fw={600}>{x.name(a)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {x.value(a.actual, a.unit, true)}
                  </Table.Td>
                  <Table.Td ta="right">{a.dailyTarget == null ? "—" : x.f.number(a.dailyTarget)}</Table.Td>
                  <Table.Td ta="right">{x.rate(a.achievement, 0)}</Table.Td>
                  <Table.Td>
                    <KpiStatusBadge status={a.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </WidgetCard>
      {figures.rates.length > 0 && (
        <WidgetCard title={x.t("reviews.figures.dayRates")} testId="review-day-rates">
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.t("dashboard.kpis.kpi")}</Table.Th>
                <Table.Th ta="right">{x.t("reviews.figures.dayActual")}</Table.Th>
                <Table.Th ta="right">{x.t("reviews.figures.monthActual")}</Table.Th>
                <Table.Th ta="right">{x.t("dashboard.kpis.target")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.rates.map((r) => (
                <Table.Tr key={r.kpiKey}>
                  <Table.Td fw={600}>{x.name(r)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {x.value(r.actual, r.unit)}
                  </Table.Td>
                  <Table.Td ta="right">{x.value(r.monthToDate.actual, r.unit)}</Table.Td>
                  <Table.Td ta="right">{x.value(r.monthToDate.target, r.unit)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WidgetCard>
      )}
      <WidgetCard title={x.t("reviews.figures.monthToDate")} testId="review-month-to-date">
        <KpiProgressTable
          rows={figures.actions.map((a) => ({ ...a.monthToDate, dailyTarget: a.dailyTarget }))}
          linkOf={noLink}
          withDaily
          testId="review-mtd-table"
          rowTestId="review-kpi-row"
        />
      </WidgetCard>
    </Stack>
  );
}
