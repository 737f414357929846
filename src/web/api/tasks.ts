import type { z } from "zod";
import type {
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPatch,
  taskList,
  taskPage,
  taskPriority,
  taskSource,
} from "../../contract/tasks";
import { api } from "./client";

export type { Task, TaskCreate, TaskPatch };
export type TaskPage = z.infer<typeof taskPage>;
export type TaskList = z.infer<typeof taskList>;
export type TaskPriority = z.infer<typeof taskPriority>;
export type TaskSource = z.infer<typeof taskSource>;
export type TaskDue = TaskListQuery["due"];
/** List filters as the web sends them: everything optional, the server fills the defaults. */
export type TaskListParams = Partial<TaskListQuery>;

export const taskKeys = {
  all: ["tasks"] as const,
  list: (params: TaskListParams) => ["tasks", "list", params] as const,
};

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;

export const fetchTasks = (params: TaskListParams, signal?: AbortSignal) =>
  api.get<TaskPage>("/tasks", params, signal);
export const createTask = (body: TaskCreate) => api.post<Task>("/tasks", body);
export const patchTask = (id: string, body: TaskPatch) => api.patch<Task>(taskPath(id), body);
/** 409 VERSION_CONFLICT when the task changed since `version` was read. */
export const completeTask = (id: string, version: number) =>
  api.post<Task>(`${taskPath(id)}/complete`, { version });
/** One task per item the stage still needs; asking again returns the open ones and makes nothing new. */
export const createTasksFromGate = (body: { dealId: string; stageId: string; dueDate?: string }) =>
  api.post<TaskList>("/tasks/from-gate", body);
/** A task to decide the next step of a stale deal (422 DEAL_NOT_STALE otherwise). */
export const createTaskFromStale = (body: { dealId: string; dueDate?: string }) =>
  api.post<TaskList>("/tasks/from-stale", body);
