// The rules of the review sheets (日報・週次・月次レビュー, SPEC.md C9): which period each kind of sheet
// covers, who may write a sheet of a scope, who may own its actions, and what a locked sheet still
// allows (the follow-up of its actions from the next meeting).
import type { PeriodKind } from "../periods";
import { inScope, mayView, type RecordScope, type Role, type ScopeTarget } from "../scope";

export type ReviewKind = "daily" | "weekly" | "monthly";
export type ReviewActionStatus = "open" | "in_progress" | "done" | "dropped";

/** A daily report is of a day, a weekly review of an ISO week, a monthly review of a month. */
export const periodKindOf: Record<ReviewKind, PeriodKind> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
};

type Writer = { userId: string; role: Role; write: RecordScope };
type Person = { id: string; teamId: string | null };

/** Managers write the sheets of their teams (and of their people), admins every sheet; a member
 *  writes only their own daily report. */
export function mayWriteReview(writer: Writer, kind: ReviewKind, target: ScopeTarget, person?: Person) {
  if (!mayView(writer.write, target, person)) return false;
  if (writer.role !== "member") return true;
  return kind === "daily" && target.kind === "user" && target.id === writer.userId;
}

/** An action's owner: someone the writer may assign work to, inside the sheet's scope (a team's
 *  subtree, the person of a personal sheet, anyone for the org's). */
export function mayOwnAction(
  writer: Writer,
  target: ScopeTarget,
  scopeTeamIds: readonly string[] | null,
  owner: Person,
) {
  if (!owner.teamId || !inScope(writer.write, { teamId: owner.teamId, ownerId: owner.id })) return false;
  switch (target.kind) {
    case "org":
      return true;
    case "team":
      return scopeTeamIds?.includes(owner.teamId) ?? false;
    case "user":
      return owner.id === target.id;
  }
}

/** What may change on an action once its sheet is locked: how it went, nothing of what was decided. */
export const followUpFields = ["status", "outcome"] as const;

/** The fields of a change that a locked sheet refuses. */
export function lockedFieldsOf(edits: Record<string, unknown>): string[] {
  return Object.keys(edits).filter(
    (k) => edits[k] !== undefined && !(followUpFields as readonly string[]).includes(k),
  );
}

/** An action's task is done once the action is settled (done, or dropped: nothing left to do). */
export const settles = (status: ReviewActionStatus) => status === "done" || status === "dropped";

/** An action's status once its task is ticked off or reopened: done with its task, open again when
 *  a done one's task is reopened; a dropped action stays dropped either way. */
export function reviewActionStatusAfterTask(
  status: ReviewActionStatus,
  taskDone: boolean,
): ReviewActionStatus {
  if (status === "dropped") return status;
  if (taskDone) return "done";
  return status === "done" ? "open" : status;
}
