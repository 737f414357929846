import { Anchor, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { Deal, DealSortField } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { StaleBadge } from "../../components/stale-badge";
import { StageBadge, StatusBadge } from "../../components/status-badges";
import type { Formatters } from "../../i18n/format";

const column = createColumnHelper<Deal>();

// Columns the server can sort by (dealSortFields in the contract); the others are not clickable.
const sortable = new Set<string>([
  "name",
  "amount",
  "probability",
  "expectedCloseDate",
  "nextMeetingDate",
  "updatedAt",
] satisfies DealSortField[]);

type Deps = {
  t: TFunction;
  f: Formatters;
  stages: Map<string, Stage>;
  ownerName: (ownerId: string, fallback: string) => string;
  /** Hide the account column on an account's own page. */
  withAccount?: boolean;
};

export function dealColumns({ t, f, stages, ownerName, withAccount = true }: Deps) {
  const columns = [
    column.accessor("name", {
      header: t("fields.name"),
      cell: (c) => (
        <Anchor component={Link} to={`/deals/${c.row.original.id}`} size="sm" fw={600} c="dark.7">
          {c.getValue()}
        </Anchor>
      ),
      meta: { minWidth: 180 },
    }),
    column.accessor("accountName", {
      header: t("fields.account"),
      meta: { minWidth: 140 },
      cell: (c) =>
        c.row.original.accountId ? (
          <Anchor component={Link} to={`/accounts/${c.row.original.accountId}`} size="sm" c="dark.5">
            {c.getValue()}
          </Anchor>
        ) : (
          "—"
        ),
    }),
    column.accessor("stageId", {
      header: t("fields.stage"),
      cell: (c) => {
        const stage = stages.get(c.getValue());
        return stage ? <StageBadge stage={stage} /> : <StatusBadge status={c.row.original.status} />;
      },
      meta: { nowrap: true },
    }),
    column.accessor("stale", {
      header: t("stale.column"),
      cell: (c) => <StaleBadge stale={c.getValue()} />,
      meta: { nowrap: true },
    }),
    column.accessor("ownerName", {
      header: t("fields.owner"),
      cell: (c) => ownerName(c.row.original.ownerId, c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("amount", {
      header: t("fields.amount"),
      cell: (c) => (
        <Text size="sm" fw={600} span>
          {f.yen(c.getValue())}
        </Text>
      ),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("probability", {
      header: t("fields.probabilityShort"),
      cell: (c) => f.percent(c.getValue()),
      meta: { align: "right", nowrap: true },
    }),
    column.accessor("expectedCloseDate", {
      header: t("fields.expectedCloseDate"),
      cell: (c) => f.dateShort(c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("nextMeetingDate", {
      header: t("fields.nextMeetingDate"),
      cell: (c) => f.dateShort(c.getValue()),
      meta: { nowrap: true },
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
  ];
  return columns
    .filter((c) => withAccount || c.accessorKey !== "accountName")
    .map((c) => ({ ...c, enableSorting: sortable.has(String(c.accessorKey)) }));
}
