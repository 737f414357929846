import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { deals, pipelines, stages } from "../../../db/schema";

export type PipelineRepository = ReturnType<typeof createPipelineRepository>;
export type StageRow = typeof stages.$inferSelect;
export type StageValues = Omit<typeof stages.$inferInsert, "pipelineId">;

export function createPipelineRepository(db: Executor) {
  return {
    async findForUpdate(id: string) {
      const [row] = await db.select().from(pipelines).where(eq(pipelines.id, id)).for("update");
      return row;
    },

    stagesOf: (pipelineId: string) => db.select().from(stages).where(eq(stages.pipelineId, pipelineId)),

    async insertPipeline(values: typeof pipelines.$inferInsert) {
      const [row] = await db.insert(pipelines).values(values).returning();
      return row as typeof pipelines.$inferSelect;
    },

    async updatePipeline(id: string, values: Partial<typeof pipelines.$inferInsert>) {
      await db.update(pipelines).set(values).where(eq(pipelines.id, id));
    },

    /** Only one pipeline is the default. */
    async clearDefaultExcept(id: string) {
      await db
        .update(pipelines)
        .set({ isDefault: false })
        .where(and(ne(pipelines.id, id), eq(pipelines.isDefault, true)));
    },

    async countDeals(stageIds: string[]) {
      if (stageIds.length === 0) return 0;
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(deals)
        .where(inArray(deals.stageId, stageIds));
      return row?.n ?? 0;
    },

    async insertStages(pipelineId: string, values: StageValues[]) {
      if (values.length === 0) return [];
      return db
        .insert(stages)
        .values(values.map((v) => ({ ...v, pipelineId })))
        .returning();
    },

    async updateStage(id: string, values: Partial<StageValues>) {
      await db.update(stages).set(values).where(eq(stages.id, id));
    },

    async deleteStages(ids: string[]) {
      if (ids.length > 0) await db.delete(stages).where(inArray(stages.id, ids));
    },
  };
}
