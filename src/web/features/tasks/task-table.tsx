import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Task } from "../../api/tasks";
import { DataTable } from "../../components/data-table";
import { useFormat } from "../../i18n/format";
import { type TaskColumnKey, taskColumns } from "./task-columns";

/** The task rows of the task page and of "my day": tick one done right where it is listed. */
export function TaskTable({
  tasks,
  loading,
  emptyText,
  hide,
  minWidth = 900,
  compact = false,
  testId = "task-table",
}: {
  tasks: Task[];
  loading?: boolean;
  emptyText: string;
  hide?: TaskColumnKey[];
  minWidth?: number;
  /** Narrower columns and short dates, for a card beside others. */
  compact?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const hidden = hide?.join(",") ?? "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `hidden` stands for `hide`
  const columns = useMemo(() => taskColumns({ t, f, hide, compact }), [t, f, hidden, compact]);
  return (
    <DataTable
      data={tasks}
      columns={columns}
      getRowId={(task) => task.id}
      loading={loading}
      emptyText={emptyText}
      testId={testId}
      rowTestId="task-row"
      minWidth={minWidth}
    />
  );
}
