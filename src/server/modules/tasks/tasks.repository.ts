// Tasks with the names a list shows (assignee, deal, lead), scoped by team and assignee.
import { and, asc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { TaskListQuery } from "../../../contract/tasks";
import type { Executor } from "../../../db/client";
import { deals, leads, tasks, users } from "../../../db/schema";
import { scopeCondition } from "../../../db/scope-sql";
import type { RecordScope } from "../../../domain/scope";

export type TaskRepository = ReturnType<typeof createTaskRepository>;
export type TaskRow = typeof tasks.$inferSelect;
export type TaskInsert = typeof tasks.$inferInsert;
export type TaskView = NonNullable<Awaited<ReturnType<TaskRepository["findView"]>>>;

const columns = { task: tasks, assigneeName: users.name, dealName: deals.name, leadName: leads.companyName };

function dueCondition(due: TaskListQuery["due"], today: string): SQL | undefined {
  switch (due) {
    case "today":
      return and(eq(tasks.done, false), eq(tasks.dueDate, today));
    case "overdue":
      return and(eq(tasks.done, false), lt(tasks.dueDate, today));
    case "open":
      return eq(tasks.done, false);
    case "all":
      return undefined;
  }
}

export function createTaskRepository(db: Executor) {
  const selectView = () =>
    db
      .select(columns)
      .from(tasks)
      .innerJoin(users, eq(users.id, tasks.assigneeId))
      .leftJoin(deals, eq(deals.id, tasks.dealId))
      .leftJoin(leads, eq(leads.id, tasks.leadId));

  /** The open task standing for a source key, if any. */
  async function findOpenBySource(sourceKey: string): Promise<string | undefined> {
    const [existing] = await db
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.sourceKey, sourceKey), eq(tasks.done, false)));
    return existing?.id;
  }

  return {
    /** `within`: the scope asked for, inside what the caller may read. Open tasks by due date (the
     *  undated last) and priority; done ones most recent first. */
    async list(query: TaskListQuery, scope: RecordScope, within: RecordScope, today: string) {
      const where = and(
        scopeCondition(scope, tasks.teamId, tasks.assigneeId),
        scopeCondition(within, tasks.teamId, tasks.assigneeId),
        dueCondition(query.due, today),
        query.assigneeId ? eq(tasks.assigneeId, query.assigneeId) : undefined,
        query.dealId ? eq(tasks.dealId, query.dealId) : undefined,
        query.leadId ? eq(tasks.leadId, query.leadId) : undefined,
      );
      const [items, [count]] = await Promise.all([
        selectView()
          .where(where)
          .orderBy(
            asc(tasks.done),
            sql`${tasks.dueDate} asc nulls last`,
            sql`case ${tasks.priority} when 'high' then 0 when 'medium' then 1 else 2 end`,
            sql`${tasks.doneAt} desc nulls last`,
            asc(tasks.id),
          )
          .limit(query.limit)
          .offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(tasks).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    async findView(id: string) {
      const [row] = await selectView().where(eq(tasks.id, id));
      return row;
    },

    async findForUpdate(id: string) {
      const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).for("update");
      return row;
    },

    /** Inserts the task, or finds the open one with the same source key (asking twice makes one;
     *  tasks without a key never collide). `created` tells which. */
    async insertOnce(values: TaskInsert): Promise<{ id: string; created: boolean }> {
      const [row] = await db
        .insert(tasks)
        .values(values)
        .onConflictDoNothing({ target: tasks.sourceKey, where: sql`not done` })
        .returning({ id: tasks.id });
      if (row) return { id: row.id, created: true };
      return { id: (await findOpenBySource(values.sourceKey as string)) as string, created: false };
    },

    findOpenBySource,

    async update(id: string, values: Partial<typeof tasks.$inferInsert>) {
      await db.update(tasks).set(values).where(eq(tasks.id, id));
    },
  };
}
