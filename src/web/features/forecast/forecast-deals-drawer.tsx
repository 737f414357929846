import { Alert, Drawer, Group, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { QueryError } from "../../components/query-error";
import { useFigures } from "../dashboard/use-figures";
import { DEALS_SHOWN, type DealCell, type ForecastParams } from "./forecast-api";
import { forecastDealColumns } from "./forecast-deal-columns";
import { useForecastDeals } from "./use-forecast";

/** A cell opened from the page: its filters and what the drawer's title says about it. */
export type OpenCell = { cell: DealCell; title: string };

/** The deals behind one figure of the forecast, largest expected value first, each a link to its page. */
export function ForecastDealsDrawer({
  params,
  open,
  minClosed,
  onClose,
}: {
  params: ForecastParams;
  open: OpenCell | null;
  minClosed: number;
  onClose: () => void;
}) {
  const x = useFigures();
  const { t, f } = x;
  const deals = useForecastDeals(params, open?.cell ?? null);
  const columns = useMemo(() => forecastDealColumns(x, minClosed, { closeDate: true }), [x, minClosed]);
  const data = deals.data;
  return (
    <Drawer
      opened={open !== null}
      onClose={onClose}
      position="right"
      size="min(1100px, 95vw)"
      title={
        <Text fw={700} component="div">
          {open?.title}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("common.close") }}
      data-testid="forecast-deals-drawer"
    >
      <Stack gap="sm" data-testid="forecast-deals">
        {data && (
          <Group gap="lg" data-testid="forecast-deals-total">
            <Text size="sm">
              {t("forecast.deals.total", {
                count: data.total.count,
                amount: f.yen(data.total.amount),
                weighted: f.yen(data.total.weighted),
              })}
            </Text>
          </Group>
        )}
        {deals.isError && <QueryError error={deals.error} onRetry={() => void deals.refetch()} />}
        <DataTable
          data={data?.items ?? []}
          columns={columns}
          getRowId={(d) => d.id}
          loading={deals.isPending}
          emptyText={t("forecast.deals.empty")}
          testId="forecast-deals-table"
          rowTestId="forecast-deal-row"
          minWidth={980}
        />
        {data && data.total.count > data.items.length && (
          <Alert variant="light" color="gray" p="xs">
            <Text size="xs">
              {t("forecast.deals.truncated", { shown: DEALS_SHOWN, count: data.total.count })}
            </Text>
          </Alert>
        )}
      </Stack>
    </Drawer>
  );
}
