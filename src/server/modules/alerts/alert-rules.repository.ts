// Alert rules: the org's and each team's, with the team's name.
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { alertRules, teams } from "../../../db/schema";

export type AlertRuleRepository = ReturnType<typeof createAlertRuleRepository>;
export type AlertRuleRow = typeof alertRules.$inferSelect;
export type AlertRuleView = AlertRuleRow & { teamName: string | null };

export function createAlertRuleRepository(db: Executor) {
  const selectView = () =>
    db
      .select({ rule: alertRules, teamName: teams.name })
      .from(alertRules)
      .leftJoin(teams, eq(teams.id, alertRules.teamId));
  const flat = (rows: { rule: AlertRuleRow; teamName: string | null }[]): AlertRuleView[] =>
    rows.map((r) => ({ ...r.rule, teamName: r.teamName }));

  return {
    /** Every rule, or the org's and those of some teams. */
    async list(filter: "all" | { teamIds: string[] }) {
      const where =
        filter === "all"
          ? undefined
          : or(
              isNull(alertRules.teamId),
              filter.teamIds.length ? inArray(alertRules.teamId, filter.teamIds) : undefined,
            );
      return flat(await selectView().where(where).orderBy(asc(alertRules.kind), asc(alertRules.createdAt)));
    },

    async listActive() {
      return flat(
        await selectView()
          .where(eq(alertRules.active, true))
          .orderBy(asc(alertRules.createdAt), asc(alertRules.id)),
      );
    },

    async find(id: string) {
      const [row] = flat(await selectView().where(eq(alertRules.id, id)));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(alertRules).where(eq(alertRules.id, id)).for("update");
      return row;
    },

    async insert(values: typeof alertRules.$inferInsert) {
      const [row] = await db.insert(alertRules).values(values).returning({ id: alertRules.id });
      return row?.id as string;
    },

    async update(id: string, values: Partial<typeof alertRules.$inferInsert>) {
      await db
        .update(alertRules)
        .set(values)
        .where(and(eq(alertRules.id, id)));
    },

    async delete(id: string) {
      await db.delete(alertRules).where(eq(alertRules.id, id));
    },
  };
}
