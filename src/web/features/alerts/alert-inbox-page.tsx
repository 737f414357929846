import { Box, Button, Center, Divider, Group, Loader, Paper, Stack, Tabs, Text } from "@mantine/core";
import { IconAdjustments, IconBellCog, IconChecks } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AlertStatus } from "../../api/alerts";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { AlertItem } from "./alert-item";
import { useAlerts, useMarkAlertsRead } from "./use-alerts";

const keys = ["status", "offset"] as const;
const statuses: AlertStatus[] = ["open", "acknowledged", "all"];
const pageSize = 30;
const isStatus = (v: string | undefined): v is AlertStatus => statuses.includes(v as AlertStatus);

/** アラート (SPEC C10): the caller's alerts and those escalated to them, to follow and acknowledge. */
export function AlertInboxPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchState(keys);
  const status: AlertStatus = isStatus(search.status) ? search.status : "open";
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const alerts = useAlerts({ status, limit: pageSize, offset });
  const markRead = useMarkAlertsRead();
  const items = alerts.data?.items ?? [];
  const unread = alerts.data?.unreadCount ?? 0;

  return (
    <Box data-testid="alerts-page">
      <PageHeader
        title={t("alerts.title")}
        crumbs={[{ label: t("nav.sections.operations") }, { label: t("alerts.title") }]}
        subtitle={t("alerts.subtitle")}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconChecks size={16} />}
              disabled={unread === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
            >
              {t("alerts.readAll")}
            </Button>
            <Button
              variant="default"
              component={Link}
              to="/me/notifications"
              leftSection={<IconBellCog size={16} />}
            >
              {t("alerts.preferences.title")}
            </Button>
            {me.role !== "member" && (
              <Button
                variant="default"
                component={Link}
                to="/settings/alerts"
                leftSection={<IconAdjustments size={16} />}
                data-testid="alert-rules-link"
              >
                {t("alerts.rules.title")}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Tabs
          value={status}
          onChange={(value) => setSearch({ status: value === "open" ? null : value })}
          variant="pills"
          data-testid="alert-status-tabs"
        >
          <Tabs.List>
            {statuses.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`alert-status-${s}`}>
                {t(`alerts.status.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      </Paper>
      {alerts.isError && <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />}
      <Paper withBorder p="md" opacity={alerts.isPlaceholderData ? 0.6 : 1}>
        {alerts.isPending ? (
          <Center h={160}>
            <Loader />
          </Center>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="xl">
            {t(`alerts.empty.${status}`)}
          </Text>
        ) : (
          <Stack gap="sm">
            {items.map((alert, i) => (
              <Fragment key={alert.id}>
                {i > 0 && <Divider />}
                <AlertItem alert={alert} onOpen={(a) => !a.readAt && markRead.mutate([a.id])} />
              </Fragment>
            ))}
          </Stack>
        )}
      </Paper>
      {alerts.data && (
        <Group justify="flex-end">
          <Pager
            total={alerts.data.total}
            limit={pageSize}
            offset={offset}
            onOffsetChange={(o) => setSearch({ offset: o || null })}
            testId="alerts-pager"
          />
        </Group>
      )}
    </Box>
  );
}

export default AlertInboxPage;
