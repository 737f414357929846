import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TaskPriority, TaskSource } from "../../api/tasks";
import { priorityColors, sourceColors } from "./task-labels";

/** 高 / 中 / 低. */
export function PriorityBadge({ priority, ...rest }: { priority: TaskPriority } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={priorityColors[priority]}
      style={{ minWidth: "max-content" }}
      data-testid="task-priority"
      data-priority={priority}
      {...rest}
    >
      {t(`tasks.priority.${priority}`)}
    </Badge>
  );
}

/** Where the task came from: typed (手動), a stage gate, a stale deal or a review. */
export function SourceBadge({ source, ...rest }: { source: TaskSource } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={sourceColors[source]}
      style={{ minWidth: "max-content" }}
      data-testid="task-source"
      data-source={source}
      {...rest}
    >
      {t(`tasks.source.${source}`)}
    </Badge>
  );
}
