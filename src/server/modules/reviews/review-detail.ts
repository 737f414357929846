// One sheet as the meeting opens it: its figures and notes, the previous sheet's actions with their
// status on top, this meeting's actions and the comments.
import type { Language } from "../../../contract/errors";
import type { ReviewFigures } from "../../../contract/review-figures";
import type { Review, ReviewNotes } from "../../../contract/reviews";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import { requireAccess } from "./review-access";
import type { ReviewActionRepository } from "./review-actions.repository";
import { periodOf, scopeNamer, sheetFactsOf, toAction, toComment } from "./review-views";
import type { ReviewRepository } from "./reviews.repository";

export type ReviewReads = {
  reviews: ReviewRepository;
  reviewActions: ReviewActionRepository;
  directory: DirectoryRepository;
};

/** The sheet, if the caller may read it (404 otherwise). */
export async function reviewDetail(
  repos: ReviewReads,
  caller: AuthContext,
  id: string,
  lang: Language,
  today: string,
): Promise<Review> {
  const found = await repos.reviews.find(id);
  const access = await requireAccess(repos.directory, caller, found?.review, "read");
  const { review: row, lockedByName } = found as NonNullable<typeof found>;
  const previous = await repos.reviews.previousOf(row);
  const actions = await repos.reviewActions.ofReviews(previous ? [row.id, previous.id] : [row.id]);
  const comments = await repos.reviews.commentsOf(row.id);
  const nameOf = await scopeNamer(repos.directory, lang);
  return {
    ...sheetFactsOf(row, nameOf(row.scope)),
    figures: row.figures as ReviewFigures,
    figuresAt: row.figuresAt.toISOString(),
    notes: row.notes as ReviewNotes,
    previousReview: previous
      ? { id: previous.id, period: periodOf(previous), locked: previous.lockedAt !== null }
      : null,
    previousActions: actions.filter((a) => a.action.reviewId === previous?.id).map((a) => toAction(a, today)),
    actions: actions.filter((a) => a.action.reviewId === row.id).map((a) => toAction(a, today)),
    comments: comments.map(toComment),
    lockedBy: row.lockedBy,
    lockedByName: row.lockedBy ? lockedByName : null,
    writable: access.writable,
  };
}
