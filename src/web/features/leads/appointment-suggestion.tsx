import { Alert, Button, Group, Text } from "@mantine/core";
import { IconCalendarCheck, IconSend, IconStar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { useUpdateLead } from "./use-leads";

/** After アポ獲得: the next steps are to qualify the lead and hand it off to field sales. */
export function AppointmentSuggestion({
  lead,
  onHandoff,
  onClose,
}: {
  lead: Pick<Lead, "id" | "status" | "version">;
  onHandoff: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateLead(lead.id);
  if (lead.status === "handed_off" || lead.status === "disqualified") return null;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCalendarCheck size={18} />}
      title={t("leads.suggestion.title")}
      withCloseButton
      onClose={onClose}
      data-testid="appointment-suggestion"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t("leads.suggestion.body")}</Text>
        <Group gap="xs">
          {lead.status !== "qualified" && (
            <Button
              size="xs"
              variant="light"
              color="teal"
              leftSection={<IconStar size={14} />}
              loading={update.isPending}
              onClick={() => update.mutate({ version: lead.version, status: "qualified" })}
              data-testid="suggestion-qualify"
            >
              {t("leads.actions.qualify")}
            </Button>
          )}
          <Button
            size="xs"
            color="grape"
            leftSection={<IconSend size={14} />}
            onClick={onHandoff}
            data-testid="suggestion-handoff"
          >
            {t("leads.actions.handoff")}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
