import { Badge, Box, Button, Group, Paper, Tabs } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { dateInZone } from "../../../domain/calendar";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { OwnerSelect } from "../directory/pickers";
import { NewTaskModal } from "./new-task-modal";
import { isTaskDue, taskDues } from "./task-labels";
import { TaskTable } from "./task-table";
import { useTaskCounts, useTasks } from "./use-tasks";

const keys = ["due", "assigneeId", "offset"] as const;
const pageSize = 50;
const defaultDue = "open";

/** タスク (SPEC C8): the to-dos of a person, or for managers of their teams, by due date and priority. */
export function TaskListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isManager = me.role === "manager" || me.role === "admin";
  const [search, setSearch] = useSearchState(keys);
  const [creating, setCreating] = useState(false);
  const due = isTaskDue(search.due) ? search.due : defaultDue;
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  // A member sees their own tasks; a manager everyone's in their teams, or one person's.
  const assigneeId = isManager ? search.assigneeId : me.id;
  const tasks = useTasks({ due, assigneeId, limit: pageSize, offset });
  const counts = useTaskCounts({ assigneeId });
  const total = tasks.data?.total ?? 0;

  return (
    <Box data-testid="tasks-page">
      <PageHeader
        title={t("tasks.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("tasks.title") }]}
        subtitle={t("tasks.subtitle")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="new-task"
          >
            {t("tasks.new.open")}
          </Button>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Tabs
            value={due}
            onChange={(value) => setSearch({ due: value === defaultDue ? null : value })}
            variant="pills"
            data-testid="task-due-tabs"
          >
            <Tabs.List>
              {taskDues.map((d) => (
                <Tabs.Tab
                  key={d}
                  value={d}
                  data-testid={`task-due-${d}`}
                  rightSection={
                    counts[d] !== undefined && d !== "all" ? (
                      <Badge
                        size="sm"
                        circle={counts[d] < 10}
                        variant={d === due ? "white" : "light"}
                        color={d === "overdue" && counts[d] > 0 ? "red" : "gray"}
                      >
                        {counts[d]}
                      </Badge>
                    ) : undefined
                  }
                >
                  {t(`tasks.due.${d}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          {isManager && (
            <OwnerSelect
              label={t("tasks.columns.assignee")}
              placeholder={t("tasks.everyone")}
              value={search.assigneeId ?? null}
              onChange={(id) => setSearch({ assigneeId: id })}
              w={240}
              data-testid="task-assignee-filter"
            />
          )}
        </Group>
      </Paper>
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      <Paper withBorder style={{ overflow: "hidden" }} opacity={tasks.isPlaceholderData ? 0.6 : 1}>
        <TaskTable
          tasks={tasks.data?.items ?? []}
          loading={tasks.isPending}
          emptyText={t(`tasks.empty.${due}`)}
          hide={isManager ? [] : ["assignee"]}
        />
      </Paper>
      {tasks.data && (
        <Pager
          total={total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="tasks-pager"
        />
      )}
      <NewTaskModal
        opened={creating}
        onClose={() => setCreating(false)}
        defaults={{
          assigneeId: isManager ? search.assigneeId : null,
          dueDate: due === "today" ? dateInZone(new Date(), me.org.timeZone) : null,
        }}
      />
    </Box>
  );
}

export default TaskListPage;
