// A review action and its owner's task move together: the action's status moves the task
// (review-actions.service.ts), and the task ticked off (or reopened) in the task list moves its
// action, so that the next review opens with what really happened. Locks go action first, then task,
// on both paths.
import { reviewActionStatusAfterTask } from "../../../domain/reviews/review-rules";
import type { AuditRepository } from "../audit/audit.repository";
import type { ReviewActionRepository } from "../reviews/review-actions.repository";

type Repos = { reviewActions: ReviewActionRepository; audit: AuditRepository };

/** The action a task stands for, locked, before the task is. */
export async function lockActionOfTask(tx: Repos, sourceKey: string | null) {
  const actionId = sourceKey?.startsWith("review-action:") ? sourceKey.slice("review-action:".length) : null;
  return actionId ? tx.reviewActions.findForUpdate(actionId) : undefined;
}

export async function followTask(
  tx: Repos,
  action: Awaited<ReturnType<typeof lockActionOfTask>>,
  done: boolean,
  actorId: string,
  now: Date,
) {
  if (!action) return;
  const status = reviewActionStatusAfterTask(action.status, done);
  if (status === action.status) return;
  await tx.reviewActions.update(action.id, { status, updatedAt: now, version: action.version + 1 });
  await tx.audit.record({
    actorId,
    entity: "review_action",
    entityId: action.id,
    action: "update",
    changes: { status: { before: action.status, after: status } },
  });
}
