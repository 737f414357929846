import { Checkbox } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Task } from "../../api/tasks";
import { useToggleTaskDone } from "./use-tasks";

/** Ticks the task done (or back to open) with the version the row shows. */
export function TaskDoneCheckbox({ task }: { task: Task }) {
  const { t } = useTranslation();
  const toggle = useToggleTaskDone();
  // While the request runs the box shows what was asked for.
  const checked = toggle.isPending ? (toggle.variables?.done ?? task.done) : task.done;
  return (
    <Checkbox
      checked={checked}
      disabled={toggle.isPending}
      onChange={(e) => toggle.mutate({ task, done: e.currentTarget.checked })}
      aria-label={task.done ? t("tasks.complete.reopen") : t("tasks.complete.label")}
      color="teal"
      radius="xl"
      data-testid="task-done"
    />
  );
}
