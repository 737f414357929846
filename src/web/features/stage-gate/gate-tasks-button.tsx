import { Button } from "@mantine/core";
import { IconCheck, IconListCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useTasksFromGate } from "../tasks/use-tasks";

/**
 * 不足項目をタスク化: when the move cannot be completed now, every item the stage still needs becomes a
 * task for the deal's owner, due today (asking again makes nothing new).
 */
export function GateTasksButton({ dealId, stageId }: { dealId: string; stageId: string }) {
  const { t } = useTranslation();
  const make = useTasksFromGate();
  const made = make.data?.items.length;
  return (
    <Button
      variant="light"
      color={made === undefined ? "brand" : "teal"}
      leftSection={made === undefined ? <IconListCheck size={16} /> : <IconCheck size={16} />}
      loading={make.isPending}
      onClick={() => make.mutate({ dealId, stageId })}
      data-testid="gate-make-tasks"
      data-made={made}
    >
      {made === undefined ? t("tasks.fromGate.button") : t("tasks.fromGate.done", { count: made })}
    </Button>
  );
}
