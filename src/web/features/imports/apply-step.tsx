import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import {
  IconDatabaseImport,
  IconLayoutKanban,
  IconListDetails,
  IconRotateClockwise,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../i18n/format";
import type { WizardState } from "./import-wizard-state";
import { RunCounts } from "./run-counts";
import { RunErrorsTable } from "./run-errors-table";
import { RunOutcome } from "./run-outcome";
import { isRunning, useImportRun } from "./use-imports";

/** Step 4: apply what the dry run checked (all rows or none), then where to see the result. */
export function ApplyStep({
  state,
  onApply,
  applying,
  error,
  onBack,
  onStartOver,
}: {
  state: WizardState;
  onApply: () => void;
  applying: boolean;
  error: Error | null;
  onBack: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const dryRun = useImportRun(state.dryRunId);
  const run = useImportRun(state.applyRunId);
  const started = state.applyRunId !== null;
  const checked = dryRun.data?.counts;
  const done = run.data?.status === "done";

  return (
    <Stack gap="md" data-testid="import-apply-step">
      {!started && checked && (
        <Alert color="brand" icon={<IconDatabaseImport size={18} />} data-testid="import-apply-summary">
          <Text size="sm">
            {t("imports.applySummary", {
              kind: t(`imports.kinds.${state.kind}`),
              created: f.number(checked.created),
              updated: f.number(checked.updated),
              unchanged: f.number(checked.unchanged),
            })}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t("imports.applyNote")}
          </Text>
        </Alert>
      )}
      {started && <RunOutcome run={run} doneMessage={() => ({ ok: true, text: t("imports.applyDone") })} />}
      {run.data && done && <RunCounts run={run.data} />}
      {run.data && done && <RunErrorsTable run={run.data} />}
      {error && (
        <Alert color="red" data-testid="import-start-error">
          {error.message}
        </Alert>
      )}
      <Group justify="space-between">
        {done || run.data?.status === "failed" || run.data?.status === "cancelled" ? (
          <Button
            variant="default"
            leftSection={<IconRotateClockwise size={16} />}
            onClick={onStartOver}
            data-testid="import-start-over"
          >
            {t("imports.startOver")}
          </Button>
        ) : (
          <Button variant="default" onClick={onBack} disabled={started}>
            {t("imports.back")}
          </Button>
        )}
        {!started && (
          <Button
            leftSection={<IconDatabaseImport size={16} />}
            onClick={onApply}
            loading={applying}
            data-testid="import-apply"
          >
            {t("imports.apply")}
          </Button>
        )}
        {done && state.kind === "deals" && run.data && (
          <Group gap="sm">
            <Button
              component={Link}
              to={`/deals?importId=${run.data.id}`}
              variant="default"
              leftSection={<IconListDetails size={16} />}
              data-testid="import-open-deals"
            >
              {t("imports.openDeals")}
            </Button>
            <Button
              component={Link}
              to="/board"
              leftSection={<IconLayoutKanban size={16} />}
              data-testid="import-open-board"
            >
              {t("imports.openBoard")}
            </Button>
          </Group>
        )}
      </Group>
      {isRunning(run.data) && (
        <Text size="xs" c="dimmed" ta="right">
          {t("imports.applyRunningNote")}
        </Text>
      )}
    </Stack>
  );
}
