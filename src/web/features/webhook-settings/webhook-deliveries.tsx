import { Badge, Button, Text, Tooltip } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { WebhookEvent } from "../../../contract/webhooks";
import type { WebhookDelivery } from "../../api/webhooks";
import { DataTable } from "../../components/data-table";
import { useFormat } from "../../i18n/format";
import { useDeliveries, useReplayDelivery } from "./use-webhooks";

const statusColors = { pending: "yellow", succeeded: "teal", failed: "red" } as const;
const column = createColumnHelper<WebhookDelivery>();

/** The delivery log of one webhook, newest first, with a replay button on each row. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useDeliveries(webhookId);
  const replay = useReplayDelivery();

  const columns = useMemo(
    () => [
      column.accessor("createdAt", {
        header: t("webhooks.columns.createdAt"),
        cell: (c) => format.timestamp(c.getValue()),
        meta: { nowrap: true },
      }),
      column.accessor("event", {
        header: t("webhooks.columns.event"),
        cell: (c) => (
          <>
            <Text size="sm">
              {c.getValue() === "ping"
                ? t("webhooks.ping")
                : t(`webhooks.eventNames.${c.getValue() as WebhookEvent}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {c.getValue()}
            </Text>
          </>
        ),
      }),
      column.accessor("status", {
        header: t("webhooks.columns.status"),
        cell: (c) => (
          <Badge variant="light" color={statusColors[c.getValue()]} data-testid="delivery-status">
            {t(`webhooks.statuses.${c.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor("attempts", { header: t("webhooks.columns.attempts"), meta: { align: "right" } }),
      column.accessor("lastStatusCode", {
        header: t("webhooks.columns.statusCode"),
        cell: (c) => c.getValue() ?? "—",
      }),
      column.accessor("lastError", {
        header: t("webhooks.columns.error"),
        cell: (c) => (
          <Tooltip label={c.getValue()} disabled={!c.getValue()} multiline maw={400}>
            <Text size="xs" c="dimmed" lineClamp={1} maw={240}>
              {c.getValue() ?? ""}
            </Text>
          </Tooltip>
        ),
      }),
      column.accessor("lastAttemptAt", {
        header: t("webhooks.columns.lastAttemptAt"),
        cell: (c) => format.timestamp(c.getValue()),
        meta: { nowrap: true },
      }),
      column.display({
        id: "replay",
        cell: ({ row }) => (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            loading={replay.isPending && replay.variables === row.original.id}
            disabled={row.original.status === "pending"}
            onClick={() => replay.mutate(row.original.id)}
            data-testid="delivery-replay"
          >
            {t("webhooks.replay")}
          </Button>
        ),
      }),
    ],
    [t, format, replay],
  );

  return (
    <DataTable
      data={deliveries.data ?? []}
      columns={columns}
      getRowId={(d) => String(d.id)}
      loading={deliveries.isPending}
      emptyText={t("webhooks.noDeliveries")}
      testId="webhook-deliveries"
      rowTestId="delivery-row"
      minWidth={900}
    />
  );
}
