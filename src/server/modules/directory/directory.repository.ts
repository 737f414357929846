// Teams, users and pipelines with their stages: the reference data of every screen.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  type InsideSalesSettingsColumn,
  orgSettings,
  pipelines,
  stages,
  teams,
  users,
} from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;

export function createDirectoryRepository(db: Executor) {
  return {
    listTeams(teamIds: string[] | "all") {
      return db
        .select({
          id: teams.id,
          parentId: teams.parentId,
          name: teams.name,
          nameEn: teams.nameEn,
          kind: teams.kind,
        })
        .from(teams)
        .where(teamIds === "all" ? undefined : inArray(teams.id, teamIds))
        .orderBy(asc(teams.sortOrder), asc(teams.name));
    },

    /** Users are scoped like records: by their team, and a person always sees themselves. */
    listUsers(scope: RecordScope, teamIds?: string[]) {
      return db
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          nameEn: users.nameEn,
          role: users.role,
          function: users.function,
          skillLevel: users.skillLevel,
          teamId: users.teamId,
          active: users.active,
        })
        .from(users)
        .where(
          and(
            scopeCondition(scope, users.teamId, users.id),
            teamIds ? inArray(users.teamId, teamIds) : undefined,
          ),
        )
        .orderBy(asc(users.name));
    },

    async findUser(id: string) {
      const [row] = await db
        .select({
          id: users.id,
          teamId: users.teamId,
          active: users.active,
          name: users.name,
          function: users.function,
        })
        .from(users)
        .where(eq(users.id, id));
      return row;
    },

    async listPipelines() {
      const [pipelineRows, stageRows] = await Promise.all([
        db.select().from(pipelines).orderBy(asc(pipelines.sortOrder), asc(pipelines.name)),
        db.select().from(stages).orderBy(asc(stages.sortOrder)),
      ]);
      return pipelineRows.map((p) => ({
        id: p.id,
        name: p.name,
        nameEn: p.nameEn,
        isDefault: p.isDefault,
        version: p.version,
        stages: stageRows.filter((s) => s.pipelineId === p.id).map(({ pipelineId: _, ...stage }) => stage),
      }));
    },

    async orgSettings() {
      const [row] = await db.select().from(orgSettings).where(eq(orgSettings.id, 1));
      return row;
    },

    async updateInsideSales(settings: InsideSalesSettingsColumn) {
      await db
        .update(orgSettings)
        .set({ insideSales: settings, updatedAt: new Date() })
        .where(eq(orgSettings.id, 1));
    },

    stagesOf(pipelineId: string) {
      return db.select().from(stages).where(eq(stages.pipelineId, pipelineId)).orderBy(asc(stages.sortOrder));
    },

    async findStage(id: string) {
      const [row] = await db.select().from(stages).where(eq(stages.id, id));
      return row;
    },
  };
}
