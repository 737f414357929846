import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityKind } from "../../api/activities";
import { activityKinds, outcomeLabel, outcomesOf } from "./activity-labels";
import { DealSearchSelect } from "./deal-search-select";
import { useLogActivity } from "./use-activities";

type Values = {
  kind: ActivityKind;
  outcome: string | null;
  subject: string;
  occurredAt: string;
  minutes: number | string;
  dealId: string | null;
  note: string;
};

/** "2026-11-20T10:05" in the browser's time, as a datetime-local input shows it. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Logging a call, an email or a meeting in a few keystrokes (SPEC C7). */
export function LogActivityModal({
  opened,
  onClose,
  dealId,
}: {
  opened: boolean;
  onClose: () => void;
  dealId?: string;
}) {
  const { t } = useTranslation();
  const log = useLogActivity();
  const form = useForm<Values>({
    initialValues: {
      kind: "call",
      outcome: null,
      subject: "",
      occurredAt: localNow(),
      minutes: "",
      dealId: dealId ?? null,
      note: "",
    },
    validate: {
      subject: (v) => (v.trim().length > 200 ? t("validation.tooLong", { max: 200 }) : null),
      note: (v) => (v.trim().length > 4000 ? t("validation.tooLong", { max: 4000 }) : null),
      occurredAt: (v) => (v && !Number.isNaN(new Date(v).getTime()) ? null : t("validation.required")),
      minutes: (v) =>
        v === "" || (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 1440)
          ? null
          : t("activities.log.invalidMinutes"),
    },
  });

  // A fresh form each time the dialog opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues({
      kind: "call",
      outcome: null,
      subject: "",
      occurredAt: localNow(),
      minutes: "",
      dealId: dealId ?? null,
      note: "",
    });
    form.resetDirty();
  }, [opened]);

  const submit = form.onSubmit((values) => {
    log.mutate(
      {
        kind: values.kind,
        outcome: values.outcome,
        subject: values.subject.trim() || null,
        note: values.note.trim() || null,
        occurredAt: new Date(values.occurredAt).toISOString(),
        durationSec: values.minutes === "" ? null : Number(values.minutes) * 60,
        dealId: values.dealId,
      },
      { onSuccess: onClose },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("activities.log.title")}
      size="lg"
      data-testid="log-activity-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            data={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
            value={form.values.kind}
            onChange={(value) => {
              form.setFieldValue("kind", value as ActivityKind);
              form.setFieldValue("outcome", null);
            }}
            fullWidth
            aria-label={t("activities.columns.kind")}
            data-testid="log-kind"
          />
          <Group grow align="flex-start">
            <Select
              label={t("activities.columns.outcome")}
              placeholder={t("activities.log.outcomePlaceholder")}
              data={outcomesOf(form.values.kind).map((o) => ({ value: o, label: outcomeLabel(t, o) }))}
              disabled={form.values.kind === "other"}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="log-outcome"
              {...form.getInputProps("outcome")}
            />
            <TextInput
              type="datetime-local"
              label={t("activities.columns.occurredAt")}
              data-testid="log-occurred-at"
              {...form.getInputProps("occurredAt")}
            />
          </Group>
          <TextInput
            label={t("activities.columns.subject")}
            placeholder={t("activities.log.subjectPlaceholder")}
            data-autofocus
            data-testid="log-subject"
            {...form.getInputProps("subject")}
          />
          <Group grow align="flex-start">
            <DealSearchSelect
              value={form.values.dealId}
              onChange={(id) => form.setFieldValue("dealId", id)}
            />
            <NumberInput
              label={t("activities.log.minutes")}
              min={0}
              max={1440}
              allowDecimal={false}
              data-testid="log-minutes"
              {...form.getInputProps("minutes")}
            />
          </Group>
          <Textarea
            label={t("activities.log.note")}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps("note")}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={log.isPending} data-testid="log-submit">
              {t("activities.log.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
