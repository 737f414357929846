import { Anchor, Badge, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { Activity } from "../../api/activities";
import type { Formatters } from "../../i18n/format";
import { kindColors, outcomeLabel } from "./activity-labels";

const column = createColumnHelper<Activity>();

/** The columns of the activity list; the list is sorted by time, newest first, on the server. */
export function activityColumns({ t, f }: { t: TFunction; f: Formatters }) {
  return [
    column.accessor("occurredAt", {
      header: t("activities.columns.occurredAt"),
      cell: (c) => f.timestampShort(c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("kind", {
      header: t("activities.columns.kind"),
      cell: (c) => (
        <Badge variant="light" color={kindColors[c.getValue()]} style={{ minWidth: "max-content" }}>
          {t(`activities.kinds.${c.getValue()}`)}
        </Badge>
      ),
      meta: { nowrap: true },
    }),
    column.accessor("outcome", {
      header: t("activities.columns.outcome"),
      cell: (c) => outcomeLabel(t, c.getValue()),
      meta: { nowrap: true },
    }),
    column.accessor("subject", {
      header: t("activities.columns.subject"),
      cell: (c) => (
        <Text size="sm" lineClamp={2}>
          {c.getValue() ?? "—"}
        </Text>
      ),
      meta: { minWidth: 200 },
    }),
    column.accessor("ownerName", {
      header: t("fields.owner"),
      meta: { nowrap: true },
    }),
    column.accessor("dealName", {
      header: t("activities.columns.deal"),
      cell: (c) =>
        c.row.original.dealId ? (
          <Anchor component={Link} to={`/deals/${c.row.original.dealId}`} size="sm">
            {c.getValue()}
          </Anchor>
        ) : (
          "—"
        ),
      meta: { minWidth: 160 },
    }),
    column.accessor("accountName", {
      header: t("fields.account"),
      cell: (c) =>
        c.row.original.accountId ? (
          <Anchor component={Link} to={`/accounts/${c.row.original.accountId}`} size="sm" c="dark.5">
            {c.getValue()}
          </Anchor>
        ) : (
          "—"
        ),
      meta: { minWidth: 180 },
    }),
    column.accessor("durationSec", {
      header: t("activities.columns.duration"),
      cell: (c) => {
        const sec = c.getValue();
        if (sec === null) return "—";
        const s = sec % 60;
        const m = Math.floor(sec / 60);
        if (m === 0) return t("activities.duration.seconds", { s });
        return s === 0
          ? t("activities.duration.minutesOnly", { m })
          : t("activities.duration.minutes", { m, s: String(s).padStart(2, "0") });
      },
      meta: { align: "right", nowrap: true },
    }),
  ].map((c) => ({ ...c, enableSorting: false }));
}
