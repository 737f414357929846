// What every kind of import shares: the owner columns (a row without a known owner goes to the
// importing user; an update changes the owner only when the file has the column), the owner check of
// a read row, and the rows refused before the upsert (a record outside the caller's write scope).
import type { FieldValue } from "../../../domain/imports/read-row";
import type { ImportContext, OwnerResolution } from "./import-context";
import { type ApplyErrors, type PrepareError, type Query, type SqlError, text } from "./import-plan";
import { dropOutOfScopeSql, scopeSql, type UpsertColumn, uuidLiteral } from "./import-sql";

export function ownerColumns(ctx: ImportContext): UpsertColumn[] {
  const owned = ctx.mapped.has("owner");
  const callerTeam = ctx.caller.teamId ? uuidLiteral(ctx.caller.teamId) : "null";
  return [
    {
      name: "owner_id",
      insert: `coalesce(s.owner_id, ${uuidLiteral(ctx.caller.userId)})`,
      update: owned ? "coalesce(s.owner_id, o.owner_id)" : undefined,
    },
    {
      name: "team_id",
      insert: `coalesce(s.team_id, ${callerTeam})`,
      update: owned ? "coalesce(s.team_id, o.team_id)" : undefined,
    },
  ];
}

export const ownerStaging: [string, string][] = [
  ["owner_id", "uuid"],
  ["team_id", "uuid"],
];

/** The row's owner, or the error that refuses the row. */
export function ownerOf(
  ctx: ImportContext,
  values: Record<string, FieldValue>,
): { owner: Exclude<OwnerResolution, { error: unknown }> } | { error: PrepareError } {
  const value = text(values, "owner");
  const owner = ctx.owners(value ?? undefined);
  return "error" in owner ? { error: { field: "owner", code: owner.error, value: value ?? "" } } : { owner };
}

/**
 * Drops (and reports) the records the caller may not change; by default the record's own team and
 * owner decide, `writable` gives another condition over `t`.
 */
export async function dropRefusedRows(
  query: Query,
  ctx: ImportContext,
  table: string,
  writable = scopeSql(ctx.caller.access.write, "t.team_id", "t.owner_id"),
): Promise<ApplyErrors> {
  const refused = ctx.caller.access.write.all
    ? []
    : await query<SqlError>(dropOutOfScopeSql(table, writable));
  return [{ code: "OUT_OF_SCOPE", column: "externalId", rows: refused }];
}
