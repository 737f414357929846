import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePickLabels } from "./lead-labels";

/** 対象外: the lead leaves the queue with one of the org's reasons. */
export function DisqualifyModal({
  opened,
  onClose,
  onConfirm,
  loading,
}: {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const { reasonOptions } = usePickLabels();
  const [reason, setReason] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (opened) {
      setReason(null);
      setMissing(false);
    }
  }, [opened]);

  return (
    <Modal opened={opened} onClose={onClose} title={t("leads.disqualify.title")} centered>
      <Stack data-testid="disqualify-modal">
        <Text size="sm" c="dimmed">
          {t("leads.disqualify.body")}
        </Text>
        <Select
          label={t("leads.fields.disqualifiedReason")}
          placeholder={t("leads.disqualify.placeholder")}
          data={reasonOptions}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setMissing(false);
          }}
          error={missing ? t("validation.required") : undefined}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
          data-testid="disqualify-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color="gray"
            loading={loading}
            onClick={() => (reason ? onConfirm(reason) : setMissing(true))}
            data-testid="disqualify-confirm"
          >
            {t("leads.disqualify.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
