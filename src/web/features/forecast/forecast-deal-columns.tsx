// The columns of a list of forecast deals: the drawer of a cell and the inputs' top deals show the
// same row, one with the close date, the other with each deal's share of the expected value.
import { Anchor, Group, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import type { Figures } from "../dashboard/use-figures";
import type { ForecastDeal } from "./forecast-api";
import { BasisBadge, CategoryBadge, YomiBadge } from "./forecast-badges";

const column = createColumnHelper<ForecastDeal>();

/** `closeDate` for the drawer's list, `share` for the top deals. */
export function forecastDealColumns(
  { t, f, rate }: Figures,
  minClosed: number,
  extra: { closeDate?: boolean; share?: boolean } = {},
) {
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
    ...(extra.closeDate
      ? [
          column.accessor("expectedCloseDate", {
            header: t("forecast.deals.closeDate"),
            cell: (c) => f.dateShort(c.getValue()),
            meta: { nowrap: true },
          }),
        ]
      : []),
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
    ...(extra.share
      ? [
          column.accessor("share", {
            header: t("forecast.inputs.share"),
            cell: (c) => rate(c.getValue(), 1),
            meta: { align: "right", nowrap: true },
          }),
        ]
      : []),
  ];
}
