import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AlertItem } from "./alert-item";
import { useAlerts, useMarkAlertsRead } from "./use-alerts";

/** The header's bell: the unread count (read again every minute) and the latest open alerts. */
export function AlertBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const alerts = useAlerts({ status: "open", limit: 8 }, true);
  const markRead = useMarkAlertsRead();
  const unread = alerts.data?.unreadCount ?? 0;
  const items = alerts.data?.items ?? [];
  const close = () => setOpened(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={400} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? "99+" : unread}
          size={16}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="alert-bell-count"
        >
          <ActionIcon
            variant="default"
            onClick={() => setOpened((o) => !o)}
            aria-label={t("alerts.bell", { count: unread })}
            data-testid="alert-bell"
          >
            <IconBell size={16} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="alert-bell-dropdown">
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={700} size="sm">
            {t("alerts.title")}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate(undefined)}
            data-testid="alert-read-all"
          >
            {t("alerts.readAll")}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap={0} px="sm">
            {items.length === 0 && (
              <Text size="sm" c="dimmed" py="lg" ta="center">
                {t("alerts.empty.open")}
              </Text>
            )}
            {items.map((alert, i) => (
              <Fragment key={alert.id}>
                {i > 0 && <Divider />}
                <div style={{ padding: "10px 0" }}>
                  <AlertItem
                    alert={alert}
                    compact
                    onOpen={(a) => {
                      if (!a.readAt) markRead.mutate([a.id]);
                      close();
                    }}
                  />
                </div>
              </Fragment>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="space-between" px="sm" py="xs">
          <Anchor component={Link} to="/alerts" size="xs" onClick={close} data-testid="alert-inbox-link">
            {t("alerts.seeAll")}
          </Anchor>
          <Anchor component={Link} to="/me/notifications" size="xs" c="dimmed" onClick={close}>
            {t("alerts.preferences.title")}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
