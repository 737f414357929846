import { Anchor, Badge, Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Task } from "../../api/tasks";
import { WidgetCard } from "../../components/widget-card";
import { TaskTable } from "../tasks/task-table";

/** 今日のタスク or 期限切れ: the shared task rows, ticked done in place, with the way to the full list. */
export function TaskSectionCard({
  kind,
  tasks,
  listLink,
  onAdd,
}: {
  kind: "today" | "overdue";
  tasks: Task[];
  listLink: string;
  onAdd?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <WidgetCard
      title={t(`myDay.tasks.${kind}`)}
      actions={
        <>
          <Badge
            variant="light"
            color={kind === "overdue" && tasks.length > 0 ? "red" : "gray"}
            data-testid={`my-day-${kind}-count`}
          >
            {t("myDay.tasks.count", { count: tasks.length })}
          </Badge>
          {onAdd && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={onAdd}
              data-testid="my-day-add-task"
            >
              {t("myDay.tasks.add")}
            </Button>
          )}
          <Anchor component={Link} to={listLink} size="sm">
            {t("myDay.tasks.all")}
          </Anchor>
        </>
      }
      testId={`my-day-${kind}`}
    >
      <TaskTable
        tasks={tasks}
        emptyText={t(`myDay.tasks.empty.${kind}`)}
        hide={["assignee"]}
        minWidth={600}
        compact
        testId={`my-day-${kind}-table`}
      />
    </WidgetCard>
  );
}
