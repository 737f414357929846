import "@mantine/dates/styles.css";
import {
  Box,
  Button,
  Center,
  Group,
  Loader,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { TimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useMe } from "../auth/use-me";
import { PickListEditor } from "./pick-list-editor";
import { type SettingsFormValues, settingsValidators, toBody, toFormValues } from "./settings-form";
import { useInsideSalesSettings, useSaveInsideSalesSettings } from "./use-inside-sales-settings";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={3} fz="md">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {description}
      </Text>
      {children}
    </Paper>
  );
}

/** インサイドセールス設定 (admins): the response SLA, working hours, rating window and the pick lists. */
export function InsideSalesSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const settings = useInsideSalesSettings();
  const save = useSaveInsideSalesSettings();
  const title = t("insideSalesSettings.title");
  const crumbs = useSettingsCrumbs(title);
  const form = useForm<SettingsFormValues>({
    initialValues: {
      slaMinutes: 60,
      start: "09:00",
      end: "18:00",
      ratingDays: 7,
      channels: [],
      disqualifyReasons: [],
    },
    validate: settingsValidators(t),
  });

  // The stored settings are the form's start (again after each save).
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the stored settings only
  useEffect(() => {
    if (!settings.data) return;
    const values = toFormValues(settings.data);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
  }, [settings.data]);

  // The picker answers "HH:mm:ss"; the settings keep "HH:mm".
  const clockProps = (field: "start" | "end") => ({
    ...form.getInputProps(field),
    onChange: (value: string) => form.setFieldValue(field, value.slice(0, 5)),
  });

  if (me.role !== "admin") {
    return <SettingsLocked title={title} message={t("insideSalesSettings.adminOnly")} />;
  }

  const submit = form.onSubmit((values) =>
    save.mutate(toBody(values), {
      onSuccess: () => notifications.show({ color: "teal", message: t("insideSalesSettings.saved") }),
      onError: (error) =>
        notifications.show({ color: "red", title: t("errors.title"), message: error.message }),
    }),
  );

  return (
    <Box data-testid="inside-sales-settings-page">
      <PageHeader title={title} crumbs={crumbs} subtitle={t("insideSalesSettings.subtitle")} />
      <SettingsTabs />
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isPending ? (
        <Center h="30vh">
          <Loader />
        </Center>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Section
              title={t("insideSalesSettings.rules.title")}
              description={t("insideSalesSettings.rules.description")}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                <NumberInput
                  label={t("insideSalesSettings.rules.slaMinutes")}
                  description={t("insideSalesSettings.rules.slaMinutesHint")}
                  min={1}
                  max={10_080}
                  allowDecimal={false}
                  clampBehavior="none"
                  suffix={t("insideSalesSettings.rules.minutesSuffix")}
                  data-testid="settings-sla-minutes"
                  {...form.getInputProps("slaMinutes")}
                />
                <TimePicker
                  label={t("insideSalesSettings.rules.start")}
                  description={t("insideSalesSettings.rules.hoursHint")}
                  format="24h"
                  withDropdown
                  data-testid="settings-hours-start"
                  {...clockProps("start")}
                />
                <TimePicker
                  label={t("insideSalesSettings.rules.end")}
                  description={t("insideSalesSettings.rules.hoursHint")}
                  format="24h"
                  withDropdown
                  data-testid="settings-hours-end"
                  {...clockProps("end")}
                />
                <NumberInput
                  label={t("insideSalesSettings.rules.ratingDays")}
                  description={t("insideSalesSettings.rules.ratingDaysHint")}
                  min={1}
                  max={60}
                  allowDecimal={false}
                  clampBehavior="none"
                  suffix={t("insideSalesSettings.rules.daysSuffix")}
                  data-testid="settings-rating-days"
                  {...form.getInputProps("ratingDays")}
                />
              </SimpleGrid>
            </Section>
            <Section
              title={t("insideSalesSettings.channels.title")}
              description={t("insideSalesSettings.channels.description")}
            >
              <PickListEditor form={form} field="channels" testId="settings-channels" />
            </Section>
            <Section
              title={t("insideSalesSettings.reasons.title")}
              description={t("insideSalesSettings.reasons.description")}
            >
              <PickListEditor form={form} field="disqualifyReasons" testId="settings-reasons" />
            </Section>
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={!form.isDirty()}
                onClick={() => settings.data && form.setValues(toFormValues(settings.data))}
              >
                {t("insideSalesSettings.discard")}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="settings-save">
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Box>
  );
}

export default InsideSalesSettingsPage;
