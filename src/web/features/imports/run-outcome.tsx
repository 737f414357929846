import { Alert, Center, Loader } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck, IconPlayerStop } from "@tabler/icons-react";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ImportRun } from "../../../contract/imports";
import { QueryError } from "../../components/query-error";
import { RunProgress } from "./run-progress";
import { isRunning } from "./use-imports";

/** A run as it stands: its progress while it works, else how it ended (done with the caller's message). */
export function RunOutcome({
  run,
  doneMessage,
}: {
  run: UseQueryResult<ImportRun>;
  doneMessage: (run: ImportRun) => { ok: boolean; text: string };
}) {
  const { t } = useTranslation();
  if (run.isError) return <QueryError error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data)
    return (
      <Center h={120}>
        <Loader />
      </Center>
    );
  const data = run.data;
  if (isRunning(data)) return <RunProgress run={data} />;
  if (data.status === "failed")
    return (
      <Alert
        color="red"
        icon={<IconAlertCircle size={18} />}
        title={t("imports.failed")}
        data-testid="import-failed"
      >
        {data.failure?.message ?? t("errors.unexpected")}
      </Alert>
    );
  if (data.status === "cancelled")
    return (
      <Alert color="gray" icon={<IconPlayerStop size={18} />} data-testid="import-cancelled">
        {t("imports.cancelled")}
      </Alert>
    );
  const message = doneMessage(data);
  return (
    <Alert
      color={message.ok ? "teal" : "orange"}
      icon={message.ok ? <IconCircleCheck size={18} /> : <IconAlertCircle size={18} />}
      data-testid="import-done"
      data-ok={message.ok}
    >
      {message.text}
    </Alert>
  );
}
