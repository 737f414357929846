// SQL pieces every kind of import shares: the org's time zone applied to the file's wall-clock
// times, scope as a condition, and the upsert by external id (update what changed, insert what is new,
// record both for `GET /deals?importId=`), all against the staging table `import_rows`.
import type { RecordScope } from "../../../domain/scope";

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const uuidPattern = /^[0-9a-f-]{36}$/;
export const uuidLiteral = (id: string) => {
  if (!uuidPattern.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'::uuid`;
};

/** A file's moment: with its own offset, or a wall-clock time of the org's zone. */
export const timestampOf = (column: string, timeZone: string) =>
  `(case when ${column} is null then null when ${column} ~ '[+-][0-9]{2}:[0-9]{2}$' then ${column}::timestamptz else ${column}::timestamp at time zone ${literal(timeZone)} end)`;

/** Midnight of a date in the org's zone: the closing moment of a deal that only has a close date. */
export const midnightOf = (column: string, timeZone: string) =>
  `(${column}::timestamp at time zone ${literal(timeZone)})`;

export function scopeSql(scope: RecordScope, teamColumn: string, ownerColumn: string) {
  if (scope.all) return "true";
  const parts: string[] = [];
  if (scope.teamIds.length > 0) parts.push(`${teamColumn} in (${scope.teamIds.map(uuidLiteral).join(", ")})`);
  if (scope.ownerId) parts.push(`${ownerColumn} = ${uuidLiteral(scope.ownerId)}`);
  return parts.length > 0 ? `(${parts.join(" or ")})` : "false";
}

/** Rows whose external id an earlier row of the file already has: reported, then dropped. */
export const dropDuplicatesSql = `
with dup as (
  delete from import_rows s using (
    select row_no, row_number() over (partition by external_id order by row_no) as n from import_rows
  ) x where x.row_no = s.row_no and x.n > 1
  returning s.row_no, s.external_id
) select row_no, external_id as value from dup`;

/** Rows that would update a record outside the caller's write scope: reported, then dropped. */
export const dropOutOfScopeSql = (table: string, scopeCondition: string) => `
with bad as (
  delete from import_rows s using ${table} t
  where t.external_id = s.external_id and not ${scopeCondition}
  returning s.row_no, s.external_id
) select row_no, external_id as value from bad`;

export type UpsertColumn = {
  name: string;
  /** The value of a new record, over the staging row `s`. */
  insert: string;
  /** The value of an existing record, over `s` and its current values `o`; absent: not updated by this file. */
  update?: string | undefined;
  /** Part of "did anything change" (false for derived bookkeeping such as stage_entered_at). */
  compared?: boolean;
};

/**
 * Updates the records whose external id the file has and whose values differ, then inserts the rest.
 * `afterUpdate` / `afterInsert` are extra data-modifying CTEs over `changed` / `created`.
 */
export function upsertSql(opts: {
  table: string;
  importId: string;
  columns: UpsertColumn[];
  touch?: string[];
  afterUpdate?: string;
  afterInsert?: string;
  /** Extra columns the `changed` (over t and o) and `created` CTEs return. */
  returning?: { update?: string; insert?: string };
}) {
  const { table, columns } = opts;
  const updated = columns.filter((c) => c.update !== undefined);
  const compared = updated.filter((c) => c.compared !== false);
  const extra = (columns?: string) => (columns ? `, ${columns}` : "");
  const record = (action: string, cte: string) =>
    `insert into import_records (import_id, record_id, action) select ${uuidLiteral(opts.importId)}, id, '${action}' from ${cte} on conflict do nothing`;
  const update =
    updated.length === 0
      ? null
      : `with changed as (
  update ${table} t set ${[...updated.map((c) => `${c.name} = ${c.update}`), ...(opts.touch ?? [])].join(", ")}
  from import_rows s join ${table} o on o.external_id = s.external_id
  where t.id = o.id and (${compared.map((c) => `o.${c.name}`).join(", ")}) is distinct from (${compared.map((c) => c.update).join(", ")})
  returning t.id${extra(opts.returning?.update)}
)${opts.afterUpdate ? `, ${opts.afterUpdate}` : ""}
${record("updated", "changed")}`;
  const insert = `with created as (
  insert into ${table} (${columns.map((c) => c.name).join(", ")})
  select ${columns.map((c) => c.insert).join(", ")} from import_rows s
  where not exists (select 1 from ${table} x where x.external_id = s.external_id)
  order by s.row_no
  returning id${extra(opts.returning?.insert)}
)${opts.afterInsert ? `, ${opts.afterInsert}` : ""}
${record("created", "created")}`;
  return { update, insert };
}
