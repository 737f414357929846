import { Alert, Button, Group } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A failed load, with the server's message and a way to try again. */
export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t("errors.loadFailed")} role="alert">
      <Group justify="space-between" wrap="nowrap">
        <span>{error.message}</span>
        {onRetry && (
          <Button size="compact-sm" variant="white" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
