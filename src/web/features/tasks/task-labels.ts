// The fixed vocabularies of tasks as the pages show them: the due filters, priorities and sources.
import type { TaskDue, TaskPriority, TaskSource } from "../../api/tasks";

export const taskDues = ["today", "overdue", "open", "all"] as const satisfies readonly TaskDue[];
export const taskPriorities = ["high", "medium", "low"] as const satisfies readonly TaskPriority[];

export const isTaskDue = (value: string | undefined): value is TaskDue =>
  (taskDues as readonly string[]).includes(value ?? "");

export const priorityColors: Record<TaskPriority, string> = { high: "red", medium: "yellow", low: "gray" };

export const sourceColors: Record<TaskSource, string> = {
  manual: "gray",
  gate: "indigo",
  stale: "orange",
  review: "grape",
};
