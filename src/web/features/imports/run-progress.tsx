import { Button, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { IconPlayerStop } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportRun } from "../../../contract/imports";
import { useCancelImport } from "./use-imports";

/** "1.2 MB": bytes in the largest unit that keeps the figure at 1 or more. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A run in progress: how much of the file is read, and a way to stop it. */
export function RunProgress({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const cancel = useCancelImport();
  const { bytesRead, bytesTotal } = run.progress;
  const percent = bytesTotal > 0 ? Math.min(100, Math.round((bytesRead / bytesTotal) * 100)) : 0;
  const queued = run.status === "queued";

  return (
    <Paper withBorder p="md" data-testid="import-progress" data-status={run.status}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {queued ? t("imports.queued") : run.dryRun ? t("imports.validating") : t("imports.applying")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("imports.progress", {
              read: formatBytes(bytesRead),
              total: formatBytes(bytesTotal),
              percent,
            })}
          </Text>
        </Group>
        <Progress
          value={queued ? 100 : percent}
          striped
          animated
          size="lg"
          aria-label={t("imports.progressLabel")}
        />
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate(run.id)}
            data-testid="import-cancel"
          >
            {t("imports.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
