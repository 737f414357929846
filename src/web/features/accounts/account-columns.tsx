import { Anchor, Stack, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { Account } from "../../../contract/accounts";
import { TemperatureBadge } from "../../components/status-badges";
import type { Formatters } from "../../i18n/format";
import { sizeBandLabel } from "../../i18n/labels";

const column = createColumnHelper<Account>();
// accountSortFields in the contract.
const sortable = new Set(["name", "industry", "openAmount", "updatedAt"]);

export function accountColumns({
  t,
  f,
  ownerName,
}: {
  t: TFunction;
  f: Formatters;
  ownerName: (id: string | null, fallback: string | null) => string;
}) {
  return [
    column.accessor("name", {
      header: t("accounts.name"),
      cell: (c) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/accounts/${c.row.original.id}`} size="sm" fw={600} c="dark.7">
            {c.getValue()}
          </Anchor>
          {c.row.original.nameKana && (
            <Text size="xs" c="dimmed">
              {c.row.original.nameKana}
            </Text>
          )}
        </Stack>
      ),
      meta: { width: "26%" },
    }),
    column.accessor("industry", { header: t("accounts.industry"), cell: (c) => c.getValue() ?? "—" }),
    column.accessor("sizeBand", {
      header: t("accounts.sizeBand"),
      cell: (c) => sizeBandLabel(t, c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("region", {
      header: t("accounts.region"),
      cell: (c) => c.getValue() ?? "—",
      meta: { nowrap: true },
    }),
    column.accessor("temperature", {
      header: t("accounts.temperature"),
      cell: (c) => <TemperatureBadge value={c.getValue()} />,
      meta: { nowrap: true },
    }),
    column.accessor("ownerName", {
      header: t("accounts.owner"),
      cell: (c) => ownerName(c.row.original.ownerId, c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("openDeals", {
      header: t("accounts.openDeals"),
      cell: (c) => t("common.count", { count: c.getValue() }),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("openAmount", {
      header: t("accounts.openAmount"),
      cell: (c) => (
        <Text size="sm" fw={600} span>
          {f.yen(c.getValue())}
        </Text>
      ),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("updatedAt", {
      header: t("fields.updatedAt"),
      cell: (c) => (
        <Text size="xs" c="dimmed" span>
          {f.timestampShort(c.getValue())}
        </Text>
      ),
      meta: { nowrap: true },
    }),
  ].map((c) => ({ ...c, enableSorting: sortable.has(String(c.accessorKey)) }));
}
