// Sheets, actions and comments as the API answers them, and the names of the scopes sheets are of.
import type { Language } from "../../../contract/errors";
import type { ReviewAction, ReviewComment, ReviewSummary } from "../../../contract/reviews";
import { settles } from "../../../domain/reviews/review-rules";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { ReviewActionView } from "./review-actions.repository";
import type { ReviewRepository, ReviewRow } from "./reviews.repository";

const periodKinds = { daily: "day", weekly: "week", monthly: "month" } as const;

export const periodOf = (row: Pick<ReviewRow, "kind" | "periodLabel" | "periodStart" | "periodEnd">) => ({
  kind: periodKinds[row.kind],
  label: row.periodLabel,
  start: row.periodStart,
  end: row.periodEnd,
});

export const toAction = ({ action, ownerName }: ReviewActionView, today: string): ReviewAction => ({
  id: action.id,
  reviewId: action.reviewId,
  text: action.text,
  ownerId: action.ownerId,
  ownerName,
  dueDate: action.dueDate,
  kpiKey: action.kpiKey,
  status: action.status,
  outcome: action.outcome,
  taskId: action.taskId,
  overdue: !settles(action.status) && action.dueDate !== null && action.dueDate < today,
  createdAt: action.createdAt.toISOString(),
  updatedAt: action.updatedAt.toISOString(),
  version: action.version,
});

type CommentView = Awaited<ReturnType<ReviewRepository["commentsOf"]>>[number];
export const toComment = ({ comment, authorName }: CommentView): ReviewComment => ({
  id: comment.id,
  authorId: comment.authorId,
  authorName,
  body: comment.body,
  createdAt: comment.createdAt.toISOString(),
});

export const sheetFactsOf = (row: ReviewRow, scopeName: string) => ({
  id: row.id,
  kind: row.kind,
  scope: row.scope,
  scopeName,
  period: periodOf(row),
  locked: row.lockedAt !== null,
  lockedAt: row.lockedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export const toSummary = (
  row: ReviewRow,
  scopeName: string,
  counts: { actionCount: number; openActionCount: number },
): ReviewSummary => ({ ...sheetFactsOf(row, scopeName), ...counts });

/** The name of each scope ("org", "team:<id>", "user:<id>") in the language asked for. */
export async function scopeNamer(directory: DirectoryRepository, lang: Language) {
  const [teams, people] = await Promise.all([directory.listTeams("all"), directory.listUsers({ all: true })]);
  const en = lang === "en";
  const names = new Map<string, string>();
  for (const t of teams) {
    names.set(`team:${t.id}`, (en && t.nameEn) || t.name);
    if (t.kind === "org") names.set("org", (en && t.nameEn) || t.name);
  }
  for (const p of people) names.set(`user:${p.id}`, (en && p.nameEn) || p.name);
  const org = en ? "Organisation" : "全社";
  return (scope: string) => names.get(scope) ?? (scope === "org" ? org : "");
}
