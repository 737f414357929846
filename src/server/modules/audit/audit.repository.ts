import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { auditLog, users } from "../../../db/schema";
import type { FieldChanges } from "../../../domain/record-diff";

export type AuditRepository = ReturnType<typeof createAuditRepository>;

export type AuditEntry = {
  actorId: string | null;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  changes: FieldChanges;
};

export function createAuditRepository(db: Executor) {
  return {
    async record(entry: AuditEntry) {
      if (entry.action === "update" && Object.keys(entry.changes).length === 0) return;
      await db.insert(auditLog).values(entry);
    },

    listFor(entity: string, entityId: string) {
      return db
        .select({
          at: auditLog.at,
          action: auditLog.action,
          changes: auditLog.changes,
          actorName: users.name,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(500);
    },
  };
}
