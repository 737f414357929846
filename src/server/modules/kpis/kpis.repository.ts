import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { kpiDefinitions, successFactors, teamKpis } from "../../../db/schema";

export type KpiRepository = ReturnType<typeof createKpiRepository>;

export function createKpiRepository(db: Executor) {
  return {
    list: () => db.select().from(kpiDefinitions).orderBy(asc(kpiDefinitions.tier), asc(kpiDefinitions.key)),

    async find(key: string) {
      const [row] = await db.select().from(kpiDefinitions).where(eq(kpiDefinitions.key, key));
      return row;
    },

    async insert(values: typeof kpiDefinitions.$inferInsert) {
      const [row] = await db.insert(kpiDefinitions).values(values).returning();
      return row as typeof kpiDefinitions.$inferSelect;
    },

    successFactors: () => db.select().from(successFactors).orderBy(asc(successFactors.sortOrder)),

    async replaceSuccessFactors(rows: (typeof successFactors.$inferInsert)[]) {
      await db.delete(successFactors);
      if (rows.length) await db.insert(successFactors).values(rows);
    },

    teamKpis: (teamId: string) =>
      db.select().from(teamKpis).where(eq(teamKpis.teamId, teamId)).orderBy(asc(teamKpis.sortOrder)),

    async replaceTeamKpis(teamId: string, rows: { kpiKey: string; stars: number }[]) {
      await db.delete(teamKpis).where(eq(teamKpis.teamId, teamId));
      if (rows.length) await db.insert(teamKpis).values(rows.map((r, i) => ({ ...r, teamId, sortOrder: i })));
    },
  };
}
