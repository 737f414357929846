// SQL pieces every kind of import shares: the org's time zone applied to the file's wall-clock
// times, scope as a condition, and the upsert by external id (update what changed, insert what is new,
// record both for `GET /deals?importId=`), all against the staging table `import_rows`.
import { randomBytes } from "node:crypto";
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

/**
 * Ids for the records a run inserts, rising in the file's order: UUIDv7's layout (the run's
 * millisecond, version 7, random bits) with the file's row number as the last 32 bits. A random
 * uuid (the columns' default) puts every insert on a random page of the primary key, and of
 * import_records' key too: 300k activities took 3.4 s that way against 2.1 s, 1M import_records rows
 * 5.3 s against 1.9 s. Unique: one run's rows differ in their row number, two runs in their
 * millisecond or their 42 random bits.
 */
export function orderedIds() {
  const time = Date.now().toString(16).padStart(12, "0");
  const random = randomBytes(8).toString("hex");
  const variant = ((Number.parseInt(random[3] as string, 16) & 3) | 8).toString(16);
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(0, 3)}-${variant}${random.slice(4, 7)}-${random.slice(7, 11)}`;
  return { of: (rowNo: string) => `('${prefix}' || lpad(to_hex(${rowNo}), 8, '0'))::uuid` };
}

/**
 * The record of a staged row, by its external id, looked up row by row in the table's external-id
 * index. A run checks the file a chunk at a time against a table its earlier chunks keep growing:
 * left to itself, the planner hashes the whole table for each chunk (OFFSET 0 keeps the subquery
 * from being turned into a join, so it stays one index probe per staged row).
 */
export const recordOf = (table: string, alias: string, where = "true") =>
  `(select * from ${table} ${alias} where ${alias}.external_id = s.external_id and ${where} offset 0)`;

/** Rows that would update a record outside the caller's write scope: reported, then dropped. */
export const dropOutOfScopeSql = (table: string, scopeCondition: string) => `
with bad as (
  delete from import_rows s where exists ${recordOf(table, "t", `not ${scopeCondition}`)}
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
  const ids = orderedIds();
  // A run records each record once (the update and the insert take disjoint rows, repeated external
  // ids are dropped before): no ON CONFLICT, whose speculative insertion doubled the insert's time.
  const record = (action: string, cte: string) =>
    `insert into import_records (import_id, record_id, action) select ${uuidLiteral(opts.importId)}, id, '${action}' from ${cte}`;
  const update =
    updated.length === 0
      ? null
      : `with changed as (
  update ${table} t set ${[...updated.map((c) => `${c.name} = ${c.update}`), ...(opts.touch ?? [])].join(", ")}
  from import_rows s cross join lateral ${recordOf(table, "x")} o
  where t.id = o.id and (${compared.map((c) => `o.${c.name}`).join(", ")}) is distinct from (${compared.map((c) => c.update).join(", ")})
  returning t.id${extra(opts.returning?.update)}
)${opts.afterUpdate ? `, ${opts.afterUpdate}` : ""}
${record("updated", "changed")}`;
  const insert = `with created as (
  insert into ${table} (id, ${columns.map((c) => c.name).join(", ")})
  select ${ids.of("s.row_no")}, ${columns.map((c) => c.insert).join(", ")} from import_rows s
  where not exists ${recordOf(table, "x")}
  order by s.row_no
  returning id${extra(opts.returning?.insert)}
)${opts.afterInsert ? `, ${opts.afterInsert}` : ""}
${record("created", "created")}`;
  return { update, insert };
}
