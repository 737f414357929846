// The staging table of a run (a temporary table of the run's transaction), filled by COPY a chunk of
// rows at a time, and the external ids the run has staged so far (`import_seen`), so that a repeated
// external id is found across chunks as well as within one.
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SqlError, StagingValue } from "./import-plan";

/** Rows per COPY message: one socket write per row would cost more than the rows themselves. */
const BATCH = 1_000;

/**
 * One row in COPY's text format: tab-separated, \N for null, and the four characters the format
 * reserves escaped. A general CSV writer cost a third of the read; this is all COPY needs.
 */
const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
export const copyLine = (cells: StagingValue[]) =>
  `${cells.map((v) => (v === null ? "\\N" : typeof v === "string" ? v.replace(special, (c) => escapes[c] as string) : String(v))).join("\t")}\n`;

export type Staging = Awaited<ReturnType<typeof createStaging>>;

export async function createStaging(client: pg.PoolClient, columns: [string, string][]) {
  const all: [string, string][] = [["row_no", "int"], ["external_id", "text"], ...columns];
  await client.query(
    `create temp table import_rows (${all.map(([n, t]) => `${n} ${t}`).join(", ")}) on commit drop`,
  );
  // Compared by bytes ("C"): equality is all a repeat needs, and a btree so ordered costs a fraction of
  // a locale's (and less than a hash index, whose splits thrash the run's few temporary buffers).
  await client.query('create temp table import_seen (external_id text collate "C" not null) on commit drop');
  await client.query("create index on import_seen (external_id)");
  const copy = `copy import_rows (${all.map(([n]) => n).join(", ")}) from stdin with (format text)`;

  return {
    /** Appends COPY lines (from copyLine) to the staging table. */
    async load(lines: string[]) {
      const stream = client.query(copyFrom(copy));
      for (let i = 0; i < lines.length; i += BATCH) stream.write(lines.slice(i, i + BATCH).join(""));
      stream.end();
      await finished(stream);
    },
    /** Empties the staging table for the next chunk (the seen external ids stay). */
    async clear() {
      await client.query("truncate import_rows");
    },
    async analyze() {
      await client.query("analyze import_rows");
    },
    /**
     * Drops (and returns) the staged rows whose external id an earlier staged row has, in this chunk
     * or an earlier one; with `remember`, this chunk's ids join the seen ones for the chunks still to
     * come (repeated ones too: a second copy changes no answer, and leaving it out cost an anti-join).
     * OFFSET 0: probe the seen ids' index row by row rather than hash them all for each chunk. The
     * "C" collation: grouping needs only equality, and sorting by bytes is several times cheaper.
     */
    async dropDuplicates(remember: boolean) {
      const seen = remember
        ? ", seen as (insert into import_seen (external_id) select external_id from import_rows)"
        : "";
      const { rows } = await client.query<SqlError>(`
        with dup as (
          delete from import_rows s using (
            select row_no, row_number() over (partition by external_id collate "C" order by row_no) as n from import_rows
          ) x where x.row_no = s.row_no
            and (x.n > 1 or exists (select 1 from import_seen p where p.external_id = s.external_id collate "C" offset 0))
          returning s.row_no, s.external_id
        )${seen}
        select row_no, external_id as value from dup`);
      return rows;
    },
  };
}
