import { Button, Group } from "@mantine/core";
import { IconArrowBackUp, IconBan, IconPlayerPlay, IconStar } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { canMoveLead } from "../../../domain/inside-sales/lead-status";
import type { Lead, LeadStatus } from "../../api/leads";
import { DisqualifyModal } from "./disqualify-modal";
import { useUpdateLead } from "./use-leads";

/** The status moves the lead allows now: 対応中 / 有望 / 対象外 (with a reason) / 再開. */
export function LeadStatusActions({
  lead,
  onDialogChange,
}: {
  lead: Pick<Lead, "id" | "status" | "version">;
  /** Told when the reason dialog opens or closes (the quick log's keys pause meanwhile). */
  onDialogChange?: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateLead(lead.id);
  const [disqualifying, setDisqualifying] = useState(false);
  const can = (to: LeadStatus) => lead.status !== to && canMoveLead(lead.status, to);
  const move = (status: Exclude<LeadStatus, "handed_off">, disqualifiedReason?: string) =>
    update.mutate(
      { version: lead.version, status, ...(disqualifiedReason ? { disqualifiedReason } : {}) },
      { onSettled: () => setDialog(false) },
    );
  const setDialog = (open: boolean) => {
    setDisqualifying(open);
    onDialogChange?.(open);
  };
  const pending = (status: LeadStatus) => update.isPending && update.variables?.status === status;

  const workingLabel =
    lead.status === "disqualified"
      ? t("leads.actions.reopen")
      : lead.status === "qualified"
        ? t("leads.actions.backToWorking")
        : t("leads.actions.working");

  return (
    <Group gap="xs" data-testid="lead-status-actions">
      {can("working") && (
        <Button
          variant="default"
          leftSection={lead.status === "new" ? <IconPlayerPlay size={16} /> : <IconArrowBackUp size={16} />}
          loading={pending("working")}
          onClick={() => move("working")}
          data-testid="lead-action-working"
        >
          {workingLabel}
        </Button>
      )}
      {can("qualified") && (
        <Button
          variant="light"
          color="teal"
          leftSection={<IconStar size={16} />}
          loading={pending("qualified")}
          onClick={() => move("qualified")}
          data-testid="lead-action-qualify"
        >
          {t("leads.actions.qualify")}
        </Button>
      )}
      {can("disqualified") && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconBan size={16} />}
          onClick={() => setDialog(true)}
          data-testid="lead-action-disqualify"
        >
          {t("leads.actions.disqualify")}
        </Button>
      )}
      <DisqualifyModal
        opened={disqualifying}
        onClose={() => setDialog(false)}
        loading={pending("disqualified")}
        onConfirm={(reason) => move("disqualified", reason)}
      />
    </Group>
  );
}
