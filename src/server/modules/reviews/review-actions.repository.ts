// The improvement actions of review sheets, with their owners' names.
import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { reviewActions, users } from "../../../db/schema";

export type ReviewActionRepository = ReturnType<typeof createReviewActionRepository>;
export type ReviewActionRow = typeof reviewActions.$inferSelect;
export type ReviewActionInsert = typeof reviewActions.$inferInsert;
export type ReviewActionView = { action: ReviewActionRow; ownerName: string };

export function createReviewActionRepository(db: Executor) {
  const selectView = () =>
    db
      .select({ action: reviewActions, ownerName: users.name })
      .from(reviewActions)
      .innerJoin(users, eq(users.id, reviewActions.ownerId));

  return {
    /** The actions of some sheets in the order they were decided. */
    ofReviews(reviewIds: string[]): Promise<ReviewActionView[]> {
      if (reviewIds.length === 0) return Promise.resolve([]);
      return selectView()
        .where(inArray(reviewActions.reviewId, reviewIds))
        .orderBy(asc(reviewActions.createdAt), asc(reviewActions.id));
    },

    async findView(id: string): Promise<ReviewActionView | undefined> {
      const [row] = await selectView().where(eq(reviewActions.id, id));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(reviewActions).where(eq(reviewActions.id, id)).for("update");
      return row;
    },

    async insert(values: ReviewActionInsert) {
      const [row] = await db.insert(reviewActions).values(values).returning({ id: reviewActions.id });
      return row?.id as string;
    },

    async update(id: string, values: Partial<ReviewActionInsert>) {
      await db.update(reviewActions).set(values).where(eq(reviewActions.id, id));
    },
  };
}
