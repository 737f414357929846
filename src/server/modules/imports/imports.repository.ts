// The imports table (a run's status, counts and progress), its per-row report, and saved mappings.
// Progress and the report are written outside the run's own transaction, so a dry run (rolled back)
// and a refused apply still leave them behind.
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { ImportMapping } from "../../../contract/imports";
import type { Db } from "../../../db/client";
import { type ImportCounts, importErrors, importMappings, imports, users } from "../../../db/schema";
import type { ImportRowError } from "../../../domain/imports/import-row-errors";

export type ImportRepository = ReturnType<typeof createImportRepository>;
export type ImportRow = typeof imports.$inferSelect & { createdByName: string };

export function createImportRepository(db: Db) {
  const withCreator = () =>
    db
      .select({ run: imports, createdByName: users.name })
      .from(imports)
      .innerJoin(users, eq(users.id, imports.createdBy));

  return {
    async create(values: typeof imports.$inferInsert) {
      const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
      return (row as { id: string }).id;
    },

    async find(id: string): Promise<ImportRow | undefined> {
      const [row] = await withCreator().where(eq(imports.id, id));
      return row && { ...row.run, createdByName: row.createdByName };
    },

    async list(creator: string | null, limit: number, offset: number) {
      const where = creator ? eq(imports.createdBy, creator) : undefined;
      const [rows, [total]] = await Promise.all([
        withCreator().where(where).orderBy(desc(imports.createdAt)).limit(limit).offset(offset),
        db.select({ n: count() }).from(imports).where(where),
      ]);
      return { items: rows.map((r) => ({ ...r.run, createdByName: r.createdByName })), total: total?.n ?? 0 };
    },

    async markRunning(id: string) {
      await db.update(imports).set({ status: "running", startedAt: new Date() }).where(eq(imports.id, id));
    },

    /** Progress of a running import; answers whether the user asked to cancel it. */
    async progress(id: string, bytesRead: number, rows: number) {
      const [row] = await db
        .update(imports)
        .set({ bytesRead, counts: sql`jsonb_set(${imports.counts}, '{rows}', ${rows}::text::jsonb)` })
        .where(eq(imports.id, id))
        .returning({ cancel: imports.cancelRequested });
      return row?.cancel ?? false;
    },

    async finish(
      id: string,
      result: {
        status: "done" | "failed" | "cancelled";
        counts: ImportCounts;
        unknownValues: Record<string, string[]>;
        failure: string | null;
        bytesRead: number;
      },
    ) {
      await db
        .update(imports)
        .set({ ...result, finishedAt: new Date() })
        .where(eq(imports.id, id));
    },

    async requestCancel(id: string) {
      await db.update(imports).set({ cancelRequested: true }).where(eq(imports.id, id));
    },

    async insertErrors(importId: string, errors: ImportRowError[]) {
      if (errors.length === 0) return;
      await db.insert(importErrors).values(errors.map((e) => ({ importId, ...e })));
    },

    listErrors(importId: string, limit: number, offset = 0) {
      return db
        .select()
        .from(importErrors)
        .where(eq(importErrors.importId, importId))
        .orderBy(asc(importErrors.row))
        .limit(limit)
        .offset(offset);
    },

    async countErrors(importId: string) {
      const [row] = await db
        .select({ n: count() })
        .from(importErrors)
        .where(eq(importErrors.importId, importId));
      return row?.n ?? 0;
    },

    listMappings(kind: string | undefined) {
      return db
        .select()
        .from(importMappings)
        .where(kind ? eq(importMappings.kind, kind) : undefined)
        .orderBy(asc(importMappings.name));
    },

    async createMapping(values: {
      name: string;
      kind: string;
      preset: string;
      mapping: ImportMapping;
      createdBy: string;
    }) {
      const [row] = await db.insert(importMappings).values(values).returning();
      return row as typeof importMappings.$inferSelect;
    },

    async deleteMapping(id: string) {
      const rows = await db
        .delete(importMappings)
        .where(and(eq(importMappings.id, id)))
        .returning({ id: importMappings.id });
      return rows.length > 0;
    },
  };
}
