import { Box, Button, Card, Center, Group, Loader, Stack, Switch, Text, TextInput } from "@mantine/core";
import { IconBell, IconBrandSlack, IconDeviceFloppy, IconMail } from "@tabler/icons-react";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { NotificationPreferences } from "../../api/alerts";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useMe } from "../auth/use-me";
import { useNotificationPreferences, useSaveNotificationPreferences } from "./use-alert-settings";

function Channel({
  icon,
  label,
  description,
  checked,
  onChange,
  testId,
  children,
}: {
  icon: ReactNode;
  label: string;
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {icon}
          <div>
            <Text fw={600} size="sm">
              {label}
            </Text>
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          </div>
        </Group>
        <Switch
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-label={label}
          data-testid={testId}
        />
      </Group>
      {children}
    </Stack>
  );
}

const isUrl = (s: string) => /^https?:\/\/\S+$/.test(s);

/** 通知設定: which channels bring the caller's alerts (in-app, e-mail, a Slack-compatible webhook). */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const stored = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  useEffect(() => {
    if (stored.data) setDraft(stored.data);
  }, [stored.data]);
  const set = (patch: Partial<NotificationPreferences>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const url = draft?.slackWebhookUrl ?? "";
  const urlError = draft?.slack && !isUrl(url) ? t("alerts.preferences.urlRequired") : null;

  return (
    <Box data-testid="notification-preferences-page" maw={720}>
      <PageHeader title={t("alerts.preferences.title")} subtitle={t("alerts.preferences.subtitle")} />
      {stored.isError && <QueryError error={stored.error} onRetry={() => void stored.refetch()} />}
      {!draft ? (
        stored.isPending && (
          <Center h={200}>
            <Loader />
          </Center>
        )
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="lg">
            <Channel
              icon={<IconBell size={20} />}
              label={t("alerts.preferences.inApp")}
              description={t("alerts.preferences.inAppHint")}
              checked={draft.inApp}
              onChange={(inApp) => set({ inApp })}
              testId="pref-in-app"
            />
            <Channel
              icon={<IconMail size={20} />}
              label={t("alerts.preferences.email")}
              description={t("alerts.preferences.emailHint", { email: me.email })}
              checked={draft.email}
              onChange={(email) => set({ email })}
              testId="pref-email"
            />
            <Channel
              icon={<IconBrandSlack size={20} />}
              label={t("alerts.preferences.slack")}
              description={t("alerts.preferences.slackHint")}
              checked={draft.slack}
              onChange={(slack) => set({ slack })}
              testId="pref-slack"
            >
              <TextInput
                label={t("alerts.preferences.webhookUrl")}
                placeholder="https://hooks.slack.com/services/…"
                value={url}
                onChange={(e) => set({ slackWebhookUrl: e.currentTarget.value.trim() || null })}
                error={urlError}
                disabled={!draft.slack}
                ml={32}
                data-testid="pref-slack-url"
              />
            </Channel>
            <Group justify="flex-end">
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={() => save.mutate(draft)}
                loading={save.isPending}
                disabled={urlError !== null || (url !== "" && !isUrl(url))}
                data-testid="pref-save"
              >
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Box>
  );
}

export default NotificationPreferencesPage;
