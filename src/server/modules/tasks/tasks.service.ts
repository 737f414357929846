// Task use cases: lists (today, overdue, open), create, edit and complete with optimistic
// concurrency, and tasks made from a deal's unmet stage gate or from a stale deal.
import type { Language } from "../../../contract/errors";
import type { Task, TaskCreate, TaskListQuery, TaskPatch } from "../../../contract/tasks";
import { dateInZone } from "../../../domain/calendar";
import { diffRecords } from "../../../domain/record-diff";
import { inScope } from "../../../domain/scope";
import { checkStageGate } from "../../../domain/stage-gate";
import { AppError } from "../../errors";
import type { ActivityRepository } from "../activities/activities.repository";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DealRepository } from "../deals/deals.repository";
import { toDeal } from "../deals/deals.service";
import { assignablePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import { recordScopeOf, resolveScope } from "../metrics/resolve-scope";
import type { ReviewActionRepository } from "../reviews/review-actions.repository";
import { followTask, lockActionOfTask } from "./review-action-follow";
import { gateTaskSeeds, staleTaskSeed, type TaskSeed } from "./task-sources";
import type { TaskInsert, TaskRepository, TaskRow, TaskView } from "./tasks.repository";

export type TaskRepos = {
  tasks: TaskRepository;
  reviewActions: ReviewActionRepository;
  deals: DealRepository;
  activities: ActivityRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
};
export type TaskService = ReturnType<typeof createTaskService>;

const audited = [
  "title",
  "note",
  "dueDate",
  "priority",
  "assigneeId",
  "teamId",
  "dealId",
  "leadId",
  "done",
] as const satisfies readonly (keyof TaskRow)[];

export const toTask = ({ task, assigneeName, dealName, leadName }: TaskView, today: string): Task => {
  const { sourceKey: _, createdBy: __, updatedAt: ___, ...fields } = task;
  return {
    ...fields,
    assigneeName,
    dealName,
    leadName,
    overdue: !task.done && task.dueDate !== null && task.dueDate < today,
    doneAt: task.doneAt?.toISOString() ?? null,
    createdAt: task.createdAt.toISOString(),
  };
};

export function createTaskService(deps: {
  repos: TaskRepos;
  inTransaction: <T>(work: (repos: TaskRepos) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { repos, inTransaction, clock } = deps;
  const todayOf = (caller: AuthContext) => dateInZone(clock.now(), caller.timeZone);

  async function visible(caller: AuthContext, id: string, tx: TaskRepos = repos) {
    const view = await tx.tasks.findView(id);
    if (!view || !inScope(caller.access.read, { teamId: view.task.teamId, ownerId: view.task.assigneeId })) {
      throw new AppError("NOT_FOUND");
    }
    return toTask(view, todayOf(caller));
  }

  /** The assignee must be someone the caller may assign to; the task takes their team. */
  const assigneeTeam = async (caller: AuthContext, tx: TaskRepos, assigneeId: string) =>
    (await assignablePerson(tx.directory, caller, assigneeId, "assigneeId")).teamId;

  async function checkLinks(
    caller: AuthContext,
    tx: TaskRepos,
    input: { dealId?: string | null; leadId?: string | null },
  ) {
    for (const [kind, id] of [
      ["deal", input.dealId],
      ["lead", input.leadId],
    ] as const) {
      if (!id) continue;
      const link = await tx.activities.findLink(kind, id);
      if (!link || !inScope(caller.access.read, link))
        throw new AppError("INVALID_REFERENCE", { field: `${kind}Id` });
    }
  }

  async function insert(
    caller: AuthContext,
    tx: TaskRepos,
    values: Omit<TaskInsert, "teamId" | "createdAt" | "updatedAt">,
  ) {
    const teamId = await assigneeTeam(caller, tx, values.assigneeId);
    const now = clock.now();
    const row = { ...values, teamId, createdBy: caller.userId, createdAt: now, updatedAt: now };
    const { id, created } = await tx.tasks.insertOnce(row);
    // The open task already standing for the same item was not created now: nothing to audit.
    if (created) {
      await tx.audit.record({
        actorId: caller.userId,
        entity: "task",
        entityId: id,
        action: "create",
        changes: diffRecords({} as Record<string, unknown>, row, audited),
      });
    }
    return id;
  }

  /** A deal the caller may change: its tasks go to its owner. */
  async function writableDeal(caller: AuthContext, tx: TaskRepos, dealId: string) {
    const now = clock.now();
    const day = { now, today: todayOf(caller), timeZone: caller.timeZone };
    const view = await tx.deals.findView(dealId, day);
    if (!view || !inScope(caller.access.read, view.deal)) throw new AppError("NOT_FOUND");
    if (!inScope(caller.access.write, view.deal)) throw new AppError("FORBIDDEN");
    return { view, day };
  }

  async function fromSeeds(
    caller: AuthContext,
    tx: TaskRepos,
    seeds: TaskSeed[],
    base: { assigneeId: string; dealId: string; dueDate: string; source: "gate" | "stale" },
  ) {
    const ids: string[] = [];
    for (const seed of seeds) {
      ids.push(await insert(caller, tx, { ...base, ...seed, priority: "high" }));
    }
    return Promise.all(ids.map((id) => visible(caller, id, tx)));
  }

  return {
    async list(caller: AuthContext, query: TaskListQuery) {
      const within = query.scope
        ? recordScopeOf((await resolveScope(repos.directory, caller, query.scope)).filter)
        : { all: true as const };
      const today = todayOf(caller);
      const { items, total } = await repos.tasks.list(query, caller.access.read, within, today);
      return { items: items.map((v) => toTask(v, today)), total, limit: query.limit, offset: query.offset };
    },

    get: (caller: AuthContext, id: string) => visible(caller, id),

    async create(caller: AuthContext, input: TaskCreate) {
      return inTransaction(async (tx) => {
        await checkLinks(caller, tx, input);
        const id = await insert(caller, tx, {
          title: input.title,
          note: input.note ?? null,
          dueDate: input.dueDate ?? null,
          priority: input.priority ?? "medium",
          assigneeId: input.assigneeId ?? caller.userId,
          dealId: input.dealId ?? null,
          leadId: input.leadId ?? null,
          source: "manual",
        });
        return visible(caller, id, tx);
      });
    },

    async update(caller: AuthContext, id: string, patch: TaskPatch) {
      return inTransaction(async (tx) => {
        // A review action's task: its action is locked first, as the action's own writes do.
        const action =
          patch.done === undefined
            ? undefined
            : await lockActionOfTask(tx, (await tx.tasks.findView(id))?.task.sourceKey ?? null);
        const before = await tx.tasks.findForUpdate(id);
        const scopeOf = before && { teamId: before.teamId, ownerId: before.assigneeId };
        if (!before || !scopeOf || !inScope(caller.access.read, scopeOf)) throw new AppError("NOT_FOUND");
        if (!inScope(caller.access.write, scopeOf)) throw new AppError("FORBIDDEN");
        if (before.version !== patch.version) {
          throw new AppError("VERSION_CONFLICT", { current: await visible(caller, id, tx) });
        }
        const { version: _, ...edits } = patch;
        // Reopening a task made for an item (a gate item, a stale deal) while a newer open task stands
        // for the same item would make two: the open one is the one to work on.
        if (edits.done === false && before.done && before.sourceKey) {
          const twin = await tx.tasks.findOpenBySource(before.sourceKey);
          if (twin) throw new AppError("TASK_ALREADY_OPEN", { field: "done", taskId: twin });
        }
        const now = clock.now();
        const after = {
          ...edits,
          ...(edits.assigneeId ? { teamId: await assigneeTeam(caller, tx, edits.assigneeId) } : {}),
          ...(edits.done !== undefined && edits.done !== before.done
            ? { doneAt: edits.done ? now : null }
            : {}),
        };
        const changes = diffRecords(before, after, audited);
        if (Object.keys(changes).length > 0) {
          await tx.tasks.update(id, { ...after, updatedAt: now, version: before.version + 1 });
          await tx.audit.record({
            actorId: caller.userId,
            entity: "task",
            entityId: id,
            action: "update",
            changes,
          });
          if (edits.done !== undefined && edits.done !== before.done) {
            await followTask(tx, action, edits.done, caller.userId, now);
          }
        }
        return visible(caller, id, tx);
      });
    },

    complete(caller: AuthContext, id: string, version: number) {
      return this.update(caller, id, { version, done: true });
    },

    /** One task per item the stage's gate still asks for, for the deal's owner, due today unless said. */
    async fromGate(
      caller: AuthContext,
      input: { dealId: string; stageId: string; dueDate?: string | undefined },
      lang: Language,
    ) {
      return inTransaction(async (tx) => {
        const { view, day } = await writableDeal(caller, tx, input.dealId);
        const pipeline = (await tx.directory.listPipelines()).find((p) => p.id === view.deal.pipelineId);
        const from = pipeline?.stages.find((s) => s.id === view.deal.stageId);
        const to = pipeline?.stages.find((s) => s.id === input.stageId);
        if (!pipeline || !from || !to || to.kind === "lost")
          throw new AppError("INVALID_REFERENCE", { field: "stageId" });
        const org = await tx.directory.orgSettings();
        // Evidence the deal already holds in a field of the same key counts as supplied (as in a move).
        const evidence: Record<string, string> = {};
        for (const item of pipeline.stages.flatMap((s) => s.requiredEvidence)) {
          const own = (view.deal as Record<string, unknown>)[item.key];
          if (typeof own === "string" && own !== "") evidence[item.key] = own;
        }
        const gate = checkStageGate({
          stages: pipeline.stages,
          from,
          to,
          deal: view.deal,
          conditions: [],
          evidence,
          lostReason: null,
          lostReasonKeys: org?.lostReasons.map((r) => r.key) ?? [],
        });
        const items = await fromSeeds(caller, tx, gateTaskSeeds(view.deal.id, to, gate.missing, lang), {
          assigneeId: view.deal.ownerId,
          dealId: view.deal.id,
          dueDate: input.dueDate ?? day.today,
          source: "gate",
        });
        return { items };
      });
    },

    /** A task to decide the next step of a stale deal, for its owner. */
    async fromStale(
      caller: AuthContext,
      input: { dealId: string; dueDate?: string | undefined },
      lang: Language,
    ) {
      return inTransaction(async (tx) => {
        const { view, day } = await writableDeal(caller, tx, input.dealId);
        if (!toDeal(view, day).stale) throw new AppError("DEAL_NOT_STALE", { field: "dealId" });
        const items = await fromSeeds(caller, tx, [staleTaskSeed(view.deal, lang)], {
          assigneeId: view.deal.ownerId,
          dealId: view.deal.id,
          dueDate: input.dueDate ?? day.today,
          source: "stale",
        });
        return { items };
      });
    },
  };
}
