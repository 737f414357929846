import { Alert, Checkbox, Paper, Stack, Text, Textarea } from "@mantine/core";
import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import type { GateValues } from "./gate-model";

/**
 * A manager's or admin's way past the gate (SPEC C2): with a written reason, kept in the stage history
 * and shown to everyone in the deal's timeline. Members never see it.
 */
export function OverrideSection({
  values,
  onChange,
  error,
  closingMissing,
}: {
  values: GateValues;
  onChange: Dispatch<SetStateAction<GateValues>>;
  /** The reason is empty after a confirm. */
  error: boolean;
  /** The closing facts (lost reason, won's amount and close date) are still missing. */
  closingMissing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={values.override ? "red.0" : undefined}
      style={values.override ? { borderColor: "var(--mantine-color-red-4)" } : undefined}
      data-testid="gate-override"
    >
      <Stack gap="xs">
        <Checkbox
          color="red"
          label={
            <Text size="sm" fw={600} span>
              {t("gate.override")}
            </Text>
          }
          description={t("gate.overrideHelp")}
          checked={values.override}
          onChange={(e) => {
            const override = e.currentTarget.checked;
            onChange((v) => ({ ...v, override }));
          }}
          data-testid="gate-override-toggle"
        />
        {values.override && (
          <Textarea
            label={t("gate.overrideReason")}
            placeholder={t("gate.overridePlaceholder")}
            withAsterisk
            autosize
            minRows={2}
            maxRows={5}
            maxLength={1000}
            value={values.overrideReason}
            onChange={(e) => {
              const overrideReason = e.currentTarget.value;
              onChange((v) => ({ ...v, overrideReason }));
            }}
            error={error ? t("gate.overrideReasonRequired") : undefined}
            data-autofocus
            data-testid="gate-override-reason"
          />
        )}
        {values.override && closingMissing && (
          <Alert color="orange" p="xs">
            <Text size="xs">{t("gate.overrideNotAllowed")}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
