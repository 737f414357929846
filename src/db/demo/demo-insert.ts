// Fast bulk insert for generated rows: rows are buffered per table in columns and written with one
// `INSERT ... SELECT * FROM unnest($1::uuid[], $2::text[], ...)` per chunk (one parse, one round
// trip, a dozen parameters whatever the row count), each array in binary format. One statement is
// in flight at a time while the next chunk is generated, and order is kept, so foreign keys hold as
// long as parents are flushed before children.
import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type pg from "pg";
import { encodeBinaryArray, hasBinaryCodec } from "./demo-binary";

type Column = { key: string; name: string; sqlType: string; binary: boolean };

type ColumnBuffer = { table: string; columns: Column[]; values: unknown[][]; length: number; total: number };

export type TableSink<TTable extends PgTable> = { push(row: TTable["$inferInsert"]): void };

export type BulkWriter = {
  /** A sink for one table; register parents before children (flushes follow that order). */
  sink<TTable extends PgTable>(table: TTable): TableSink<TTable>;
  /** Flushes every table when one of them holds a full chunk. Call only where parents are complete. */
  flushIfFull(): Promise<void>;
  flush(): Promise<void>;
  /** Rows written (or queued) per table name. */
  counts(): Map<string, number>;
};

export function createBulkWriter(client: pg.PoolClient, chunkRows = 10_000): BulkWriter {
  const buffers: ColumnBuffer[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown;

  const enqueue = async (buffer: ColumnBuffer) => {
    if (buffer.length === 0) return;
    const text = buildInsert(buffer);
    const params = buffer.columns.map((column, i) => encodeColumn(column, buffer.values[i] as unknown[]));
    buffer.values = buffer.columns.map(() => []);
    buffer.length = 0;
    // One statement at a time on the connection; the caller generates the next chunk meanwhile.
    await inFlight;
    if (failure) throw failure;
    inFlight = client.query(text, params).then(
      () => undefined,
      (error: unknown) => {
        failure ??= error;
      },
    );
  };

  const flushAll = async () => {
    for (const buffer of buffers) await enqueue(buffer);
  };

  return {
    sink<TTable extends PgTable>(table: TTable): TableSink<TTable> {
      const columns = planColumns(table);
      const buffer: ColumnBuffer = {
        table: getTableName(table),
        columns,
        values: columns.map(() => []),
        length: 0,
        total: 0,
      };
      buffers.push(buffer);
      return {
        push(row) {
          const record = row as Record<string, unknown>;
          for (let i = 0; i < columns.length; i++) {
            (buffer.values[i] as unknown[]).push(record[(columns[i] as Column).key] ?? null);
          }
          buffer.length++;
          buffer.total++;
        },
      };
    },
    async flushIfFull() {
      if (buffers.some((buffer) => buffer.length >= chunkRows)) await flushAll();
    },
    async flush() {
      await flushAll();
      await inFlight;
      if (failure) throw failure;
    },
    counts: () => new Map(buffers.map((buffer) => [buffer.table, buffer.total])),
  };
}

function planColumns(table: PgTable): Column[] {
  return Object.entries(getTableColumns(table))
    .filter(([, column]) => !column.getSQLType().includes("serial"))
    .map(([key, column]) => {
      const sqlType = column.getSQLType();
      return { key, name: column.name, sqlType, binary: hasBinaryCodec(sqlType) };
    });
}

/** Binary arrays where a codec exists (most columns), a text array literal otherwise (numeric). */
function encodeColumn(column: Column, values: unknown[]): Buffer | string {
  if (column.binary) return encodeBinaryArray(column.sqlType, values);
  const elements = values.map((v) => (v === null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`));
  return `{${elements.join(",")}}`;
}

function buildInsert(buffer: ColumnBuffer): string {
  const names = buffer.columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = buffer.columns.map((c, i) => `$${i + 1}::${c.sqlType}[]`).join(", ");
  return `insert into "${buffer.table}" (${names}) select * from unnest(${arrays})`;
}
