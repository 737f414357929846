// Improvement actions (改善アクション): decided on a sheet with an owner and a due date, each the
// owner's task (source "review"); followed up (status, outcome) from the next meeting even once their
// own sheet is locked, which then refuses any change to what was decided.
import type { Language } from "../../../contract/errors";
import type { ReviewAction, ReviewActionCreate, ReviewActionPatch } from "../../../contract/reviews";
import { dateInZone } from "../../../domain/calendar";
import { diffRecords } from "../../../domain/record-diff";
import { lockedFieldsOf, settles } from "../../../domain/reviews/review-rules";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { TaskRow } from "../tasks/tasks.repository";
import { accessOf, ownerTeamOf, requireAccess } from "./review-access";
import type { ReviewActionRow, ReviewActionView } from "./review-actions.repository";
import { sheetTitle } from "./review-labels";
import { scopeNamer, toAction } from "./review-views";
import type { ReviewRow } from "./reviews.repository";
import type { ReviewRepos } from "./reviews.service";

const auditedAction = ["text", "ownerId", "teamId", "dueDate", "kpiKey", "status", "outcome"] as const;
const auditedTask = ["title", "note", "dueDate", "assigneeId", "teamId", "done"] as const;
const TITLE_MAX = 200;

export type ReviewActionService = ReturnType<typeof createReviewActionService>;

export function createReviewActionService(deps: {
  inTransaction: <T>(work: (repos: ReviewRepos) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { inTransaction, clock } = deps;
  const todayOf = (caller: AuthContext) => dateInZone(clock.now(), caller.timeZone);

  async function view(tx: ReviewRepos, caller: AuthContext, id: string) {
    return toAction((await tx.reviewActions.findView(id)) as ReviewActionView, todayOf(caller));
  }

  async function kpiName(tx: ReviewRepos, key: string | null | undefined, lang: Language) {
    if (!key) return null;
    const kpi = await tx.kpis.find(key);
    if (!kpi) throw new AppError("INVALID_REFERENCE", { field: "kpiKey" });
    return lang === "en" ? kpi.nameEn : kpi.name;
  }

  /** The task's title is the action (cut to a task title's length); its note says where it came from. */
  async function taskText(
    tx: ReviewRepos,
    sheet: ReviewRow,
    action: Pick<ReviewActionRow, "text" | "kpiKey">,
    lang: Language,
  ) {
    const nameOf = await scopeNamer(tx.directory, lang);
    const cut = action.text.length > TITLE_MAX;
    const kpi = await kpiName(tx, action.kpiKey, lang);
    const from = sheetTitle(sheet.kind, nameOf(sheet.scope), sheet.periodLabel, lang);
    const lines = [
      lang === "en" ? `Improvement action of the ${from}` : `${from} の改善アクション`,
      ...(kpi ? [`KPI: ${kpi}`] : []),
      ...(cut ? ["", action.text] : []),
    ];
    return { title: cut ? `${action.text.slice(0, TITLE_MAX - 1)}…` : action.text, note: lines.join("\n") };
  }

  async function recordTask(tx: ReviewRepos, caller: AuthContext, id: string, before: object, after: object) {
    const changes = diffRecords(before as Record<string, unknown>, after, auditedTask);
    const action = Object.keys(before).length === 0 ? "create" : "update";
    await tx.audit.record({ actorId: caller.userId, entity: "task", entityId: id, action, changes });
  }

  /** The task follows its action: title, owner, due date, and done once the action is settled. */
  async function syncTask(
    tx: ReviewRepos,
    caller: AuthContext,
    sheet: ReviewRow,
    before: ReviewActionRow,
    after: ReviewActionRow,
    lang: Language,
  ) {
    if (!before.taskId) return;
    const task = await tx.tasks.findForUpdate(before.taskId);
    if (!task) return;
    const edits: Partial<TaskRow> = {};
    if (after.text !== before.text || after.kpiKey !== before.kpiKey) {
      Object.assign(edits, await taskText(tx, sheet, after, lang));
    }
    if (after.ownerId !== before.ownerId)
      Object.assign(edits, { assigneeId: after.ownerId, teamId: after.teamId });
    if (after.dueDate !== before.dueDate) edits.dueDate = after.dueDate;
    const done = settles(after.status);
    // On a change of status only (a task its owner ticked off stays done); reopened only while no
    // other open task stands for the same action.
    const reopenable = async () => !task.sourceKey || !(await tx.tasks.findOpenBySource(task.sourceKey));
    if (after.status !== before.status && done !== task.done && (done || (await reopenable()))) {
      Object.assign(edits, { done, doneAt: done ? clock.now() : null });
    }
    const changes = diffRecords(task, edits, auditedTask);
    if (Object.keys(changes).length === 0) return;
    await tx.tasks.update(task.id, { ...edits, updatedAt: clock.now(), version: task.version + 1 });
    await recordTask(tx, caller, task.id, task, edits);
  }

  return {
    async add(caller: AuthContext, reviewId: string, input: ReviewActionCreate, lang: Language) {
      return inTransaction(async (tx): Promise<ReviewAction> => {
        // The sheet's row lock orders the action against a concurrent lock of the sheet.
        const sheet = await tx.reviews.findForUpdate(reviewId);
        const access = await requireAccess(tx.directory, caller, sheet, "write");
        const row = sheet as ReviewRow;
        if (row.lockedAt) throw new AppError("REVIEW_LOCKED");
        const teamId = await ownerTeamOf(tx.directory, caller, access.target, input.ownerId);
        const now = clock.now();
        const values = {
          reviewId,
          text: input.text,
          ownerId: input.ownerId,
          teamId,
          dueDate: input.dueDate ?? null,
          kpiKey: input.kpiKey ?? null,
          status: "open" as const,
          // created_at is the transaction's own time (the column default): actions decided one after
          // the other keep their order even under a pinned clock.
          updatedAt: now,
        };
        const { title, note } = await taskText(tx, row, values, lang);
        const id = await tx.reviewActions.insert(values);
        const task = {
          title,
          note,
          dueDate: values.dueDate,
          priority: "medium" as const,
          assigneeId: input.ownerId,
          teamId,
          source: "review" as const,
          sourceKey: `review-action:${id}`,
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
        };
        const { id: taskId } = await tx.tasks.insertOnce(task);
        await tx.reviewActions.update(id, { taskId });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "review_action",
          entityId: id,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, { ...values, reviewId }, [...auditedAction]),
        });
        await recordTask(tx, caller, taskId, {}, task);
        return view(tx, caller, id);
      });
    },

    /** A follow-up (status, outcome) by a writer of the sheet's scope or by the action's owner; any
     *  other change by a writer, while the sheet is unlocked. */
    async update(caller: AuthContext, id: string, patch: ReviewActionPatch, lang: Language) {
      return inTransaction(async (tx): Promise<ReviewAction> => {
        const before = await tx.reviewActions.findForUpdate(id);
        const sheet = before && (await tx.reviews.find(before.reviewId))?.review;
        if (!before || !sheet) throw new AppError("NOT_FOUND");
        const access = await accessOf(tx.directory, caller, sheet);
        if (!access.readable) throw new AppError("NOT_FOUND");
        const { version, ...edits } = patch;
        const decided = lockedFieldsOf(edits).filter(
          (k) => edits[k as keyof typeof edits] !== before[k as keyof ReviewActionRow],
        );
        const followUpByOwner = before.ownerId === caller.userId && decided.length === 0;
        if (!access.writable && !followUpByOwner) throw new AppError("FORBIDDEN");
        if (sheet.lockedAt && decided.length > 0) throw new AppError("REVIEW_LOCKED", { fields: decided });
        if (before.version !== version) {
          throw new AppError("VERSION_CONFLICT", { current: await view(tx, caller, id) });
        }
        if (edits.kpiKey) await kpiName(tx, edits.kpiKey, lang);
        const changed = {
          ...edits,
          ...(edits.ownerId && edits.ownerId !== before.ownerId
            ? { teamId: await ownerTeamOf(tx.directory, caller, access.target, edits.ownerId) }
            : {}),
        };
        const changes = diffRecords(before, changed, auditedAction);
        if (Object.keys(changes).length > 0) {
          const now = clock.now();
          await tx.reviewActions.update(id, { ...changed, updatedAt: now, version: before.version + 1 });
          await tx.audit.record({
            actorId: caller.userId,
            entity: "review_action",
            entityId: id,
            action: "update",
            changes,
          });
          await syncTask(tx, caller, sheet, before, { ...before, ...changed } as ReviewActionRow, lang);
        }
        return view(tx, caller, id);
      });
    },
  };
}
