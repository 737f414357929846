import { Alert, Anchor, Drawer, Group, Stack, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { Link } from "react-router";
import { DataTable } from "../../components/data-table";
import { QueryError } from "../../components/query-error";
import { type Figures, useFigures } from "../dashboard/use-figures";
import { DEALS_SHOWN, type DealCell, type ForecastDeal, type ForecastParams } from "./forecast-api";
import { BasisBadge, CategoryBadge, YomiBadge } from "./forecast-badges";
import { useForecastDeals } from "./use-forecast";

/** A cell opened from the page: its filters and what the drawer's title says about it. */
export type OpenCell = { cell: DealCell; title: string };

const column = createColumnHelper<ForecastDeal>();

function dealColumns({ t, f, rate }: Figures, minClosed: number) {
  return [
    column.accessor("name", {
      header: t("fields.name"),
      cell: (c) => (
        <Anchor
          component={Link}
          to={`/deals/${c.row.original.id}`}
          size="sm"
          fw={600}
          c="dark.7"
          data-testid="forecast-deal-link"
        >
          {c.getValue()}
        </Anchor>
      ),
      meta: { minWidth: 200 },
    }),
    column.accessor("ownerName", { header: t("fields.owner"), meta: { nowrap: true } }),
    column.accessor("stageName", { header: t("fields.stage"), meta: { nowrap: true } }),
    column.accessor("amount", {
      header: t("fields.amount"),
      cell: (c) => f.yen(c.getValue()),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("expectedCloseDate", {
      header: t("forecast.deals.closeDate"),
      cell: (c) => f.dateShort(c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("yomi", {
      header: t("forecast.deals.yomi"),
      cell: (c) => (
        <Group gap={4} wrap="nowrap">
          <YomiBadge rank={c.getValue()} size="sm" />
          <Text size="xs" c="dimmed">
            {f.percent(c.row.original.probability)}
          </Text>
        </Group>
      ),
      meta: { nowrap: true },
    }),
    column.accessor("category", {
      header: t("forecast.deals.category"),
      cell: (c) => <CategoryBadge category={c.getValue()} size="sm" />,
      meta: { nowrap: true },
    }),
    column.accessor("chance", {
      header: t("forecast.deals.chance"),
      cell: (c) => (
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Text size="sm">{rate(c.getValue(), 0)}</Text>
          <BasisBadge basis={c.row.original.basis} minClosed={minClosed} size="xs" />
        </Group>
      ),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("expected", {
      header: t("forecast.deals.expected"),
      cell: (c) => (
        <Text size="sm" fw={600} span>
          {f.yen(c.getValue())}
        </Text>
      ),
      meta: { align: "right", nowrap: true },
    }),
  ];
}

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
  const columns = useMemo(() => dealColumns(x, minClosed), [x, minClosed]);
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
