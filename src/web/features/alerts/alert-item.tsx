import { Anchor, Badge, Box, Button, Group, Stack, Text } from "@mantine/core";
import { IconCheck, IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Alert } from "../../api/alerts";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useOwnerName } from "../directory/use-owner-name";
import { useAcknowledgeAlert } from "./use-alerts";

/** What an alert is about, when, whether it reached the caller as an escalation, its records and acknowledgement. */
export function AlertItem({
  alert,
  compact = false,
  onOpen,
}: {
  alert: Alert;
  compact?: boolean;
  /** Called when the link to its records is followed (the bell closes, the alert is marked read). */
  onOpen?: (alert: Alert) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const acknowledge = useAcknowledgeAlert();
  const personName = useOwnerName();
  const unread = alert.readAt === null;
  const ackButton = !alert.acknowledgedAt && (
    <Button
      size="compact-xs"
      variant="light"
      color="teal"
      leftSection={<IconCheck size={12} />}
      loading={acknowledge.isPending}
      onClick={() => acknowledge.mutate(alert.id)}
      data-testid="alert-acknowledge"
    >
      {t("alerts.acknowledge")}
    </Button>
  );
  return (
    <Group
      align="flex-start"
      gap="sm"
      wrap="nowrap"
      data-testid="alert-item"
      data-alert-id={alert.id}
      data-unread={unread}
    >
      <Box
        mt={7}
        w={8}
        h={8}
        style={{
          borderRadius: 4,
          flex: "none",
          background: unread ? "var(--mantine-color-red-6)" : "transparent",
        }}
        aria-label={unread ? t("alerts.unread") : undefined}
      />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={unread ? 700 : 600}>
            {localized(alert.title, alert.titleEn)}
          </Text>
          {alert.role === "escalated" && (
            <Badge size="xs" color="red" variant="light" data-testid="alert-escalated">
              {t("alerts.escalatedFrom", { name: personName(alert.recipient.id, alert.recipient.name) })}
            </Badge>
          )}
          {alert.role === "recipient" && alert.escalatedAt && (
            <Badge size="xs" color="orange" variant="light" data-testid="alert-escalated">
              {t("alerts.escalatedTo", { name: personName(alert.escalatedTo?.id, alert.escalatedTo?.name) })}
            </Badge>
          )}
          {alert.acknowledgedAt && (
            <Badge size="xs" color="teal" variant="light">
              {t("alerts.ackedBy", {
                name: personName(alert.acknowledgedBy?.id, alert.acknowledgedBy?.name),
              })}
            </Badge>
          )}
        </Group>
        <Text size={compact ? "xs" : "sm"} c="dimmed" lineClamp={compact ? 2 : undefined}>
          {localized(alert.message, alert.messageEn)}
        </Text>
        <Group gap="sm" mt={2}>
          <Text size="xs" c="dimmed">
            {f.timestampShort(alert.createdAt)}
          </Text>
          <Anchor
            component={Link}
            to={alert.link}
            size="xs"
            onClick={() => onOpen?.(alert)}
            data-testid="alert-link"
          >
            <Group gap={2} wrap="nowrap">
              {t("alerts.openRecords")}
              <IconExternalLink size={12} />
            </Group>
          </Anchor>
          {compact && ackButton}
        </Group>
      </Stack>
      {!compact && ackButton}
    </Group>
  );
}
