import { Anchor, Badge, Group, Stack, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { fetchInsideSales, insideSalesKeys } from "../../api/inside-sales";
import { QueryError } from "../../components/query-error";
import { WidgetCard } from "../../components/widget-card";
import { ChannelConversionTable } from "../analysis/channel-conversion-table";
import { KpiProgressTable } from "./kpi-progress-table";

/** The inside-sales KPI set of seed 002 against target, the SLA breaches of now and the conversion
 *  by lead channel, for the dashboard's scope and period. Hidden for a scope without leads or calls. */
export function InsideSalesCard({
  scope,
  period,
  linkOf,
}: {
  scope: string;
  period: string;
  linkOf: (kpiKey: string) => string | null;
}) {
  const { t } = useTranslation();
  const params = { scope, period };
  const query = useQuery({
    queryKey: insideSalesKeys.view(params),
    queryFn: ({ signal }) => fetchInsideSales(params, signal),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const calls = data?.kpis.find((k) => k.kpiKey === "calls")?.actual ?? 0;
  if (!data || (data.total.leads === 0 && calls === 0 && data.slaBreachedNow === 0)) return null;
  return (
    <WidgetCard
      title={t("insideSales.title")}
      subtitle={t("insideSales.subtitle")}
      fetching={query.isFetching}
      actions={
        <Group gap="xs">
          <Badge
            color={data.slaBreachedNow > 0 ? "red" : "gray"}
            variant="light"
            data-testid="sla-breached-now"
          >
            {t("insideSales.slaBreachedNow", { count: data.slaBreachedNow })}
          </Badge>
          <Anchor component={Link} to="/leads?slaBreached=true" size="sm">
            {t("insideSales.openLeads")}
          </Anchor>
        </Group>
      }
      testId="inside-sales-card"
    >
      <Stack gap="md">
        <KpiProgressTable rows={data.kpis} linkOf={linkOf} testId="is-kpis-table" rowTestId="is-kpi-row" />
        <Title order={5}>{t("insideSales.byChannel")}</Title>
        <ChannelConversionTable channels={data.channels} total={data.total} />
      </Stack>
    </WidgetCard>
  );
}
