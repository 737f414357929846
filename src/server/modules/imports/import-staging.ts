// The staging table of a run (a temporary table of the run's transaction) filled by COPY from the
// rows as they are read: PostgreSQL takes them at its own pace (backpressure), so memory stays flat.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { StagingValue } from "./import-plan";

export async function createStaging(client: pg.PoolClient, columns: [string, string][]) {
  const all: [string, string][] = [["row_no", "int"], ["external_id", "text"], ...columns];
  await client.query(
    `create temp table import_rows (${all.map(([n, t]) => `${n} ${t}`).join(", ")}) on commit drop`,
  );
  const copy = client.query(
    copyFrom(`copy import_rows (${all.map(([n]) => n).join(", ")}) from stdin with (format csv)`),
  );
  // Nulls are empty fields (NULL to COPY): blank cells were dropped when read, so no value is ''.
  const csv = stringify({ cast: { boolean: (value) => (value ? "true" : "false") } });
  csv.pipe(copy);
  return {
    async write(cells: StagingValue[]) {
      if (!csv.write(cells)) await once(csv, "drain");
    },
    async end() {
      csv.end();
      await finished(copy);
      await client.query("create index on import_rows (external_id)");
      await client.query("analyze import_rows");
    },
    abort(error: Error) {
      csv.destroy(error);
      copy.destroy(error);
    },
  };
}
