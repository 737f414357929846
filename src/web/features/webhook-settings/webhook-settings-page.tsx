import { Badge, Box, Button, Card, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil, IconPlus, IconSend, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Webhook } from "../../api/webhooks";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useMe } from "../auth/use-me";
import { useDeleteWebhook, useTestWebhook, useWebhooks } from "./use-webhooks";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookFormModal } from "./webhook-form-modal";

/** Webhooks (SPEC C11): URLs told about deal and activity events, with their delivery log (admins). */
export function WebhookSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const webhooks = useWebhooks();
  const remove = useDeleteWebhook();
  const test = useTestWebhook();
  // undefined: closed; null: a new webhook; else the one edited.
  const [form, setForm] = useState<Webhook | null | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const title = t("webhooks.title");
  const crumbs = useSettingsCrumbs(title);

  if (me.role !== "admin") {
    return <SettingsLocked title={title} message={t("webhooks.adminOnly")} />;
  }

  const selected = webhooks.data?.find((w) => w.id === selectedId) ?? webhooks.data?.[0];
  const card = (hook: Webhook) => (
    <Card
      key={hook.id}
      withBorder
      padding="sm"
      style={{
        cursor: "pointer",
        borderColor: hook.id === selected?.id ? "var(--mantine-color-brand-5)" : undefined,
      }}
      onClick={() => setSelectedId(hook.id)}
      data-testid="webhook-card"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm" style={{ wordBreak: "break-all" }}>
              {hook.url}
            </Text>
            <Badge size="xs" variant="light" color={hook.format === "slack" ? "grape" : "gray"}>
              {t(`webhooks.formats.${hook.format}`)}
            </Badge>
            {!hook.active && (
              <Badge size="xs" color="gray">
                {t("webhooks.inactive")}
              </Badge>
            )}
          </Group>
          {hook.description && (
            <Text size="xs" c="dimmed">
              {hook.description}
            </Text>
          )}
          <Group gap={4}>
            {hook.events.map((event) => (
              <Badge key={event} size="xs" variant="outline">
                {t(`webhooks.eventNames.${event}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap={6} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconSend size={14} />}
            loading={test.isPending && test.variables === hook.id}
            onClick={() => {
              setSelectedId(hook.id);
              test.mutate(hook.id, {
                onSuccess: (d) =>
                  notifications.show(
                    d.status === "succeeded"
                      ? { color: "teal", message: t("webhooks.testSucceeded", { code: d.lastStatusCode }) }
                      : { color: "red", message: t("webhooks.testFailed", { error: d.lastError ?? "" }) },
                  ),
              });
            }}
            data-testid="webhook-test"
          >
            {t("webhooks.test")}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPencil size={14} />}
            onClick={() => setForm(hook)}
          >
            {t("webhooks.edit")}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => window.confirm(t("webhooks.confirmDelete")) && remove.mutate(hook.id)}
          >
            {t("webhooks.delete")}
          </Button>
        </Group>
      </Group>
    </Card>
  );

  return (
    <Box data-testid="webhook-settings-page">
      <PageHeader
        title={title}
        crumbs={crumbs}
        subtitle={t("webhooks.subtitle")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setForm(null)}
            data-testid="new-webhook-button"
          >
            {t("webhooks.new")}
          </Button>
        }
      />
      <SettingsTabs />
      {webhooks.isError && <QueryError error={webhooks.error} onRetry={() => void webhooks.refetch()} />}
      {webhooks.isPending && (
        <Center h={200}>
          <Loader />
        </Center>
      )}
      {webhooks.data?.length === 0 && <Text c="dimmed">{t("webhooks.empty")}</Text>}
      <Stack gap="sm">{webhooks.data?.map(card)}</Stack>
      {selected && (
        <Box mt="xl">
          <Title order={4} mb="xs">
            {t("webhooks.deliveries")}
          </Title>
          <WebhookDeliveries webhookId={selected.id} />
        </Box>
      )}
      {form !== undefined && (
        <WebhookFormModal key={form?.id ?? "new"} opened editing={form} onClose={() => setForm(undefined)} />
      )}
    </Box>
  );
}

export default WebhookSettingsPage;
