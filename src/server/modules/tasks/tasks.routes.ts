import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  gateTasksRequest,
  staleTaskRequest,
  task,
  taskComplete,
  taskCreate,
  taskList,
  taskListQuery,
  taskPage,
  taskPatch,
} from "../../../contract/tasks";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { TaskService } from "./tasks.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

export function registerTaskRoutes(app: FastifyInstance, deps: { tasks: TaskService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { tasks } = deps;
  const tags = ["tasks"];

  r.get(
    "/api/v1/tasks",
    {
      schema: {
        tags,
        summary: "Tasks the caller may see: due today, overdue, open or all, by assignee, deal or lead",
        querystring: taskListQuery,
        response: { 200: taskPage, ...errors },
      },
    },
    (request) => tasks.list(callerOf(request), request.query),
  );
  r.post(
    "/api/v1/tasks",
    {
      schema: {
        tags,
        summary: "Create a task for oneself or, for managers, a member of their teams",
        body: taskCreate,
        response: { 201: task, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await tasks.create(callerOf(request), request.body)),
  );
  r.get(
    "/api/v1/tasks/:id",
    { schema: { tags, summary: "One task", params: idParams, response: { 200: task, ...errors } } },
    (request) => tasks.get(callerOf(request), request.params.id),
  );
  r.patch(
    "/api/v1/tasks/:id",
    {
      schema: {
        tags,
        summary: "Change a task (or reopen it); a stale version gets 409 with the current one",
        params: idParams,
        body: taskPatch,
        response: { 200: task, ...errors },
      },
    },
    (request) => tasks.update(callerOf(request), request.params.id, request.body),
  );
  r.post(
    "/api/v1/tasks/:id/complete",
    {
      schema: {
        tags,
        summary: "Mark a task done",
        params: idParams,
        body: taskComplete,
        response: { 200: task, ...errors },
      },
    },
    (request) => tasks.complete(callerOf(request), request.params.id, request.body.version),
  );
  r.post(
    "/api/v1/tasks/from-gate",
    {
      schema: {
        tags,
        summary: "A task for each item a stage still needs for the deal (one open task per item)",
        body: gateTasksRequest,
        response: { 200: taskList, ...errors },
      },
    },
    (request) => tasks.fromGate(callerOf(request), request.body, languageOf(request)),
  );
  r.post(
    "/api/v1/tasks/from-stale",
    {
      schema: {
        tags,
        summary: "A task to decide the next step of a stale deal, for its owner",
        body: staleTaskRequest,
        response: { 200: taskList, ...errors },
      },
    },
    (request) => tasks.fromStale(callerOf(request), request.body, languageOf(request)),
  );
}
