import { Badge, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import type { Lead } from "../../api/leads";
import type { Formatters } from "../../i18n/format";
import { LeadStatusBadge, ResponseTime } from "./lead-badges";

const column = createColumnHelper<Lead>();

/** The columns of the lead list; company and creation time sort on the server. */
export function leadColumns({
  t,
  f,
  channelLabel,
  ownerName,
}: {
  t: TFunction;
  f: Formatters;
  channelLabel: (key: string) => string;
  ownerName: (id: string | null, fallback: string | null) => string;
}) {
  return [
    column.accessor("companyName", {
      header: t("leads.fields.companyName"),
      cell: (c) => (
        <Text size="sm" fw={600} lineClamp={2}>
          {c.getValue()}
        </Text>
      ),
      meta: { minWidth: 200 },
    }),
    column.accessor("contactName", {
      header: t("leads.fields.contactName"),
      cell: (c) => c.getValue() ?? "—",
      enableSorting: false,
      meta: { nowrap: true },
    }),
    column.accessor("channel", {
      header: t("leads.fields.channel"),
      cell: (c) => (
        <Badge variant="outline" color="gray" tt="none" style={{ minWidth: "max-content" }}>
          {channelLabel(c.getValue())}
        </Badge>
      ),
      enableSorting: false,
      meta: { nowrap: true },
    }),
    column.accessor("status", {
      header: t("leads.fields.status"),
      cell: (c) => <LeadStatusBadge status={c.getValue()} />,
      enableSorting: false,
      meta: { nowrap: true },
    }),
    column.accessor("ownerName", {
      header: t("leads.fields.owner"),
      cell: (c) => ownerName(c.row.original.ownerId, c.getValue()),
      enableSorting: false,
      meta: { nowrap: true },
    }),
    column.accessor("createdAt", {
      header: t("leads.fields.createdAt"),
      cell: (c) => f.timestampShort(c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("responseDueAt", {
      header: t("leads.fields.responseTime"),
      cell: (c) => <ResponseTime lead={c.row.original} />,
      meta: { nowrap: true },
    }),
  ];
}
