import { notifications } from "@mantine/notifications";
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import { myDayKeys } from "../../api/my-day";
import { showError } from "../../api/query-client";
import {
  completeTask,
  createTask,
  createTaskFromStale,
  createTasksFromGate,
  fetchTasks,
  patchTask,
  type Task,
  type TaskCreate,
  type TaskDue,
  type TaskListParams,
  taskKeys,
} from "../../api/tasks";
import { taskDues } from "./task-labels";

export function useTasks(params: TaskListParams, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(params),
    queryFn: ({ signal }) => fetchTasks(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many tasks each due filter holds (one row asked for each; the totals are what counts). */
export function useTaskCounts(params: Omit<TaskListParams, "due" | "limit" | "offset">) {
  const results = useQueries({
    queries: taskDues.map((due) => {
      const query = { ...params, due, limit: 1 };
      return {
        queryKey: taskKeys.list(query),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchTasks(query, signal),
      };
    }),
  });
  return Object.fromEntries(taskDues.map((due, i) => [due, results[i]?.data?.total])) as Record<
    TaskDue,
    number | undefined
  >;
}

/** Every list that shows tasks: the task pages and "my day". */
function refreshTasks(queryClient: QueryClient) {
  for (const queryKey of [taskKeys.all, myDayKeys.all]) void queryClient.invalidateQueries({ queryKey });
}

/**
 * Ticks a task done (or back to open) with the version the row was read at. When someone changed it
 * in the meantime (409), the lists are read again and the person is told to look once more.
 */
export function useToggleTaskDone() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ task, done }: { task: Task; done: boolean }) =>
      done ? completeTask(task.id, task.version) : patchTask(task.id, { version: task.version, done: false }),
    meta: { handlesErrors: true },
    onSuccess: (_task, { done }) => {
      notifications.show({
        color: "teal",
        message: done ? t("tasks.complete.done") : t("tasks.complete.reopened"),
      });
      refreshTasks(queryClient);
    },
    onError: (error) => {
      if (isApiError(error, "VERSION_CONFLICT")) {
        notifications.show({
          color: "orange",
          title: t("tasks.complete.conflictTitle"),
          message: t("tasks.complete.conflict"),
        });
        refreshTasks(queryClient);
        return;
      }
      showError(error);
    },
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: TaskCreate) => createTask(body),
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("tasks.new.created") });
      refreshTasks(queryClient);
    },
  });
}

/** The missing items of a stage's gate as tasks for the deal's owner (due today). */
export function useTasksFromGate() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: { dealId: string; stageId: string }) => createTasksFromGate(body),
    onSuccess: ({ items }) => {
      notifications.show({
        color: items.length > 0 ? "teal" : "gray",
        message:
          items.length > 0 ? t("tasks.fromGate.made", { count: items.length }) : t("tasks.fromGate.none"),
      });
      refreshTasks(queryClient);
    },
  });
}

/** A task to decide the next step of a stale deal, for its owner (due today). */
export function useTaskFromStale() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (dealId: string) => createTaskFromStale({ dealId }),
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("tasks.fromStale.made") });
      refreshTasks(queryClient);
    },
  });
}
