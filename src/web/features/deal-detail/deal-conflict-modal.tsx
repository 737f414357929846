import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Someone saved the deal after this form was loaded: load their version (ours is dropped). */
export function DealConflictModal({
  opened,
  message,
  onReload,
  onClose,
}: {
  opened: boolean;
  message: string;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("deal.conflictTitle")} centered>
      <Stack data-testid="conflict-modal">
        <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
          {message}
        </Alert>
        <Text size="sm" c="dimmed">
          {t("deal.conflictBody")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button onClick={onReload} data-testid="conflict-reload">
            {t("deal.conflictReload")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
