import { Anchor, Group, Stack, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconBriefcase, IconUserPlus } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { Task } from "../../api/tasks";
import type { Formatters } from "../../i18n/format";
import { PriorityBadge, SourceBadge } from "./task-badges";
import { TaskDoneCheckbox } from "./task-done-checkbox";

const column = createColumnHelper<Task>();

export type TaskColumnKey = "assignee" | "source";

function LinkedRecord({ task, maw }: { task: Task; maw: number }) {
  if (task.dealId) {
    return (
      <Group gap={4} wrap="nowrap" maw={maw}>
        <IconBriefcase size={14} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
        <Anchor
          component={Link}
          to={`/deals/${task.dealId}`}
          size="sm"
          lineClamp={1}
          miw={0}
          title={task.dealName ?? undefined}
          data-testid="task-deal"
        >
          {task.dealName}
        </Anchor>
      </Group>
    );
  }
  if (task.leadId) {
    return (
      <Group gap={4} wrap="nowrap" maw={maw}>
        <IconUserPlus size={14} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
        <Anchor
          component={Link}
          to={`/leads/${task.leadId}`}
          size="sm"
          lineClamp={1}
          miw={0}
          title={task.leadName ?? undefined}
          data-testid="task-lead"
        >
          {task.leadName}
        </Anchor>
      </Group>
    );
  }
  return <Text size="sm">—</Text>;
}

/** The columns of every task list: done box, title, due date, priority, linked record, source, assignee. */
/** `compact`: narrower columns and short dates, for a table in a card beside others ("my day"). */
export function taskColumns({
  t,
  f,
  hide = [],
  compact = false,
}: {
  t: TFunction;
  f: Formatters;
  hide?: TaskColumnKey[];
  compact?: boolean;
}) {
  const date = compact ? f.dateCompact : f.dateShort;
  const all = [
    column.display({
      id: "done",
      header: () => <VisuallyHidden>{t("tasks.columns.done")}</VisuallyHidden>,
      cell: (c) => <TaskDoneCheckbox task={c.row.original} />,
      meta: { width: 40 },
    }),
    column.accessor("title", {
      header: t("tasks.columns.title"),
      cell: (c) => {
        const task = c.row.original;
        return (
          <Stack gap={0}>
            <Text
              size="sm"
              fw={600}
              td={task.done ? "line-through" : undefined}
              c={task.done ? "dimmed" : undefined}
              lineClamp={2}
              data-testid="task-title"
            >
              {task.title}
            </Text>
            {task.note && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {task.note}
              </Text>
            )}
          </Stack>
        );
      },
      meta: { minWidth: compact ? 180 : 240 },
    }),
    column.accessor("dueDate", {
      header: t("tasks.columns.dueDate"),
      cell: (c) => {
        const task = c.row.original;
        if (!task.dueDate)
          return (
            <Text size="sm" c="dimmed">
              {t("tasks.noDue")}
            </Text>
          );
        return task.overdue ? (
          <Tooltip label={t("tasks.overdueHint")} openDelay={300}>
            <Text size="sm" c="red.7" fw={700} data-testid="task-due" data-overdue="true">
              {date(task.dueDate)}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" data-testid="task-due">
            {date(task.dueDate)}
          </Text>
        );
      },
      meta: { nowrap: true },
    }),
    column.accessor("priority", {
      header: t("tasks.columns.priority"),
      cell: (c) => <PriorityBadge priority={c.getValue()} />,
      meta: { nowrap: true },
    }),
    column.display({
      id: "linked",
      header: t("tasks.columns.linked"),
      cell: (c) => <LinkedRecord task={c.row.original} maw={compact ? 200 : 260} />,
      meta: { minWidth: compact ? 120 : 180 },
    }),
    column.accessor("source", {
      id: "source",
      header: t("tasks.columns.source"),
      cell: (c) => <SourceBadge source={c.getValue()} />,
      meta: { nowrap: true },
    }),
    column.accessor("assigneeName", {
      id: "assignee",
      header: t("tasks.columns.assignee"),
      meta: { nowrap: true },
    }),
  ];
  return all
    .filter((c) => !hide.includes(c.id as TaskColumnKey))
    .map((c) => ({ ...c, enableSorting: false }));
}
