// A query's rows through a server-side cursor, a batch at a time: one execution (one sort) for a result
// of any size, never all of it in memory. A cursor lives in a transaction: call this inside one.
import { type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "./client";

let opened = 0;

export async function* cursorBatches<T>(db: Executor, query: SQLWrapper, size: number): AsyncIterable<T[]> {
  const name = sql.identifier(`susumu_cursor_${++opened}`);
  await db.execute(sql`declare ${name} no scroll cursor for ${query}`);
  try {
    for (;;) {
      const { rows } = await db.execute(sql`fetch forward ${sql.raw(String(Math.trunc(size)))} from ${name}`);
      if (rows.length > 0) yield rows as T[];
      if (rows.length < size) return;
    }
  } finally {
    // Fails only when the transaction already has: it ends, and the cursor with it.
    await db.execute(sql`close ${name}`).catch(() => {});
  }
}

/** Rows read by id put back in the order of the ids (the cursor's order). */
export function inOrderOf<T>(ids: { id: string }[], rows: T[], idOf: (row: T) => string): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((b) => byId.get(b.id)).filter((row) => row !== undefined);
}
