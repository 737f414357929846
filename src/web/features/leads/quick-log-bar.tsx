import { Button, Group, Kbd, Paper, Text, TextInput } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconArrowBackUp,
  IconCalendarCheck,
  IconMail,
  IconMessages,
  IconPhone,
  IconPhoneOff,
} from "@tabler/icons-react";
import { type ComponentType, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../api/activities";
import { showError } from "../../api/query-client";
import { type QuickOutcome, quickOutcomes, useQuickLog, useUndoActivity } from "./use-quick-log";

const icons: Record<QuickOutcome, ComponentType<{ size?: number }>> = {
  not_reached: IconPhoneOff,
  reached: IconPhone,
  effective_contact: IconMessages,
  appointment_set: IconCalendarCheck,
  email_sent: IconMail,
};

/**
 * One button per call outcome and one for an e-mail sent, each logging at once against the lead
 * (keys 1-5 while no field has the focus), with an optional note and an undo in the toast.
 */
export function QuickLogBar({
  leadId,
  companyName,
  enabled = true,
  onLogged,
}: {
  leadId: string;
  companyName: string;
  /** Off while a dialog is open, so that its keys are its own. */
  enabled?: boolean;
  onLogged?: (outcome: QuickOutcome, activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const log = useQuickLog();
  const undo = useUndoActivity();
  const [note, setNote] = useState("");

  const take = (outcome: QuickOutcome) => {
    if (log.isPending) return;
    log.mutate(
      { leadId, outcome, note },
      {
        onSuccess: (activity) => {
          setNote("");
          const id = `quick-log-${activity.id}`;
          notifications.show({
            id,
            color: "teal",
            title: t("leads.quickLog.logged", { outcome: t(`leads.quickLog.outcomes.${outcome}`) }),
            message: (
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {companyName}
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconArrowBackUp size={12} />}
                  onClick={() =>
                    undo.mutate(activity, {
                      onSuccess: () =>
                        notifications.update({
                          id,
                          color: "gray",
                          title: t("leads.quickLog.undone"),
                          message: companyName,
                          autoClose: 3000,
                        }),
                    })
                  }
                  data-testid="quick-log-undo"
                >
                  {t("leads.quickLog.undo")}
                </Button>
              </Group>
            ),
            autoClose: 6000,
          });
          onLogged?.(outcome, activity);
        },
        onError: showError,
      },
    );
  };

  useHotkeys(enabled ? quickOutcomes.map((q) => [q.hotkey, () => take(q.key)] as [string, () => void]) : []);

  return (
    <Paper withBorder p="sm" data-testid="quick-log">
      <Group gap="xs" mb={8} justify="space-between">
        <Text size="sm" fw={600}>
          {t("leads.quickLog.title")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("leads.quickLog.hint")}
        </Text>
      </Group>
      <Group gap="xs" wrap="wrap">
        {quickOutcomes.map((q) => {
          const Icon = icons[q.key];
          return (
            <Button
              key={q.key}
              variant={q.key === "appointment_set" ? "filled" : "light"}
              color={q.color}
              leftSection={<Icon size={16} />}
              rightSection={<Kbd size="xs">{q.hotkey}</Kbd>}
              onClick={() => take(q.key)}
              disabled={log.isPending}
              data-testid={`quick-log-${q.key}`}
            >
              {t(`leads.quickLog.outcomes.${q.key}`)}
            </Button>
          );
        })}
        <TextInput
          placeholder={t("leads.quickLog.notePlaceholder")}
          aria-label={t("leads.quickLog.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={4000}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="quick-log-note"
        />
      </Group>
    </Paper>
  );
}
