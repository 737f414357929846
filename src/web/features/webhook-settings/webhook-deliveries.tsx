import { Badge, Button, Table, Text, Tooltip } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { WebhookEvent } from "../../../contract/webhooks";
import type { WebhookDelivery } from "../../api/webhooks";
import { useFormat } from "../../i18n/format";
import { useDeliveries, useReplayDelivery } from "./use-webhooks";

const statusColors = { pending: "yellow", succeeded: "teal", failed: "red" } as const;

/** The delivery log of one webhook, newest first, with a replay button on each row. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useDeliveries(webhookId);
  const replay = useReplayDelivery();
  const rows = deliveries.data ?? [];

  const row = (d: WebhookDelivery) => (
    <Table.Tr key={d.id} data-testid="delivery-row">
      <Table.Td style={{ whiteSpace: "nowrap" }}>{format.timestamp(d.createdAt)}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {d.event === "ping" ? t("webhooks.ping") : t(`webhooks.eventNames.${d.event as WebhookEvent}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {d.event}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={statusColors[d.status]} data-testid="delivery-status">
          {t(`webhooks.statuses.${d.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{d.attempts}</Table.Td>
      <Table.Td>{d.lastStatusCode ?? "—"}</Table.Td>
      <Table.Td>
        <Tooltip label={d.lastError} disabled={!d.lastError} multiline maw={400}>
          <Text size="xs" c="dimmed" lineClamp={1} maw={240}>
            {d.lastError ?? ""}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{format.timestamp(d.lastAttemptAt)}</Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconRefresh size={14} />}
          loading={replay.isPending && replay.variables === d.id}
          disabled={d.status === "pending"}
          onClick={() => replay.mutate(d.id)}
          data-testid="delivery-replay"
        >
          {t("webhooks.replay")}
        </Button>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table data-testid="webhook-deliveries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("webhooks.columns.createdAt")}</Table.Th>
            <Table.Th>{t("webhooks.columns.event")}</Table.Th>
            <Table.Th>{t("webhooks.columns.status")}</Table.Th>
            <Table.Th ta="right">{t("webhooks.columns.attempts")}</Table.Th>
            <Table.Th>{t("webhooks.columns.statusCode")}</Table.Th>
            <Table.Th>{t("webhooks.columns.error")}</Table.Th>
            <Table.Th>{t("webhooks.columns.lastAttemptAt")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(row)}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {deliveries.isPending ? t("common.loading") : t("webhooks.noDeliveries")}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
