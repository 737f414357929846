import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import { WidgetCard } from "../../components/widget-card";
import type { ForecastSettingsBody } from "./forecast-api";
import { useForecastSettings, useSaveForecastSettings } from "./use-forecast";

type Values = {
  a: number | string;
  b: number | string;
  c: number | string;
  coverageRule: number | string;
  lookbackMonths: number | string;
};

const toValues = (s: ForecastSettingsBody): Values => ({
  a: s.yomi.a,
  b: s.yomi.b,
  c: s.yomi.c,
  coverageRule: s.coverageRule,
  lookbackMonths: s.lookbackMonths,
});

/** An empty input is sent as it is (not as 0): the server says what is wrong with it. */
const num = (v: number | string) => (v === "" ? Number.NaN : Number(v));

type Field = keyof Values;
const fieldOfPath: Record<string, Field> = {
  "body.yomi.a": "a",
  "body.yomi.b": "b",
  "body.yomi.c": "c",
  "body.coverageRule": "coverageRule",
  "body.lookbackMonths": "lookbackMonths",
};

/** The inputs a 400 names: the server's issue paths, or the whole band set when they do not step down. */
export function fieldsOfError(details: unknown): Field[] {
  const d = details as { field?: unknown; issues?: { path?: unknown }[] } | undefined;
  if (d?.field === "yomi") return ["a", "b", "c"];
  const fields = (d?.issues ?? [])
    .map((i) => fieldOfPath[String(i.path)] ?? (String(i.path).startsWith("body.yomi") ? "a" : undefined))
    .filter((f): f is Field => f !== undefined);
  return [...new Set(fields)];
}

/** The org's forecast rules (administrators): ヨミ bands, the coverage rule of thumb, the history lookback. */
export function ForecastSettingsCard({ current }: { current: ForecastSettingsBody }) {
  const { t } = useTranslation();
  const stored = useForecastSettings(true);
  const save = useSaveForecastSettings();
  const form = useForm<Values>({ mode: "controlled", initialValues: toValues(stored.data ?? current) });

  // Once the stored settings arrive (or change after a save), the form starts from them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the stored settings only
  useEffect(() => {
    if (stored.data) {
      form.setInitialValues(toValues(stored.data));
      form.setValues(toValues(stored.data));
    }
  }, [stored.data]);

  const submit = form.onSubmit((values) => {
    save.reset();
    save.mutate(
      {
        yomi: { a: num(values.a), b: num(values.b), c: num(values.c) },
        coverageRule: num(values.coverageRule),
        lookbackMonths: num(values.lookbackMonths),
      },
      {
        onSuccess: () => notifications.show({ color: "teal", message: t("forecast.settings.saved") }),
        onError: (e) => {
          if (!isApiError(e)) return;
          for (const field of fieldsOfError(e.details))
            form.setFieldError(field, t(`forecast.settings.invalid.${field}`));
        },
      },
    );
  });

  const error = save.error;
  return (
    <WidgetCard
      title={t("forecast.settings.title")}
      subtitle={t("forecast.settings.subtitle")}
      testId="forecast-settings-card"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} spacing="sm">
            <NumberInput
              label={t("forecast.settings.bandA")}
              suffix="%"
              allowDecimal={false}
              clampBehavior="none"
              data-testid="settings-yomi-a"
              {...form.getInputProps("a")}
            />
            <NumberInput
              label={t("forecast.settings.bandB")}
              suffix="%"
              allowDecimal={false}
              clampBehavior="none"
              data-testid="settings-yomi-b"
              {...form.getInputProps("b")}
            />
            <NumberInput
              label={t("forecast.settings.bandC")}
              suffix="%"
              allowDecimal={false}
              clampBehavior="none"
              data-testid="settings-yomi-c"
              {...form.getInputProps("c")}
            />
            <NumberInput
              label={t("forecast.settings.coverageRule")}
              suffix="×"
              decimalScale={1}
              step={0.5}
              clampBehavior="none"
              data-testid="settings-coverage-rule"
              {...form.getInputProps("coverageRule")}
            />
            <NumberInput
              label={t("forecast.settings.lookback")}
              allowDecimal={false}
              clampBehavior="none"
              data-testid="settings-lookback"
              {...form.getInputProps("lookbackMonths")}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t("forecast.settings.bandsHint")}
          </Text>
          {error && (
            <Alert
              color="red"
              icon={<IconAlertCircle size={18} />}
              role="alert"
              data-testid="forecast-settings-error"
            >
              {error.message || t("errors.unexpected")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                form.reset();
                save.reset();
              }}
              disabled={!form.isDirty() || save.isPending}
            >
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="forecast-settings-save">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </WidgetCard>
  );
}
