// A RecordScope as a SQL condition, so that every list, detail and aggregate filters the same way.
import { type AnyColumn, inArray, or, type SQL, sql } from "drizzle-orm";
import type { RecordScope } from "../domain/scope";

export function scopeCondition(scope: RecordScope, teamColumn: AnyColumn, ownerColumn: AnyColumn): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.teamIds.length > 0) parts.push(inArray(teamColumn, scope.teamIds));
  if (scope.ownerId) parts.push(sql`${ownerColumn} = ${scope.ownerId}`);
  return or(...parts) ?? sql`false`;
}
