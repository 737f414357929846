// The staging table of a run (a temporary table of the run's transaction) filled by COPY from the
// rows as they are read: PostgreSQL takes them at its own pace (backpressure), so memory stays flat.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { StagingValue } from "./import-plan";

/** Rows per COPY message: one socket write per row would cost more than the rows themselves. */
const BATCH = 1_000;
const QUEUED_BYTES = 8 * 1024 * 1024;

/**
 * One row in COPY's text format: tab-separated, \N for null, and the four characters the format
 * reserves escaped. A general CSV writer cost a third of the read; this is all COPY needs.
 */
const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const copyLine = (cells: StagingValue[]) =>
  `${cells.map((v) => (v === null ? "\\N" : typeof v === "string" ? v.replace(special, (c) => escapes[c] as string) : String(v))).join("\t")}\n`;

export async function createStaging(client: pg.PoolClient, columns: [string, string][]) {
  const all: [string, string][] = [["row_no", "int"], ["external_id", "text"], ...columns];
  await client.query(
    `create temp table import_rows (${all.map(([n, t]) => `${n} ${t}`).join(", ")}) on commit drop`,
  );
  const copy = client.query(
    copyFrom(`copy import_rows (${all.map(([n]) => n).join(", ")}) from stdin with (format text)`),
  );
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const text = batch.join("");
    batch = [];
    // Let a few MB queue up so that reading the file and PostgreSQL's COPY run side by side.
    copy.write(text);
    if (copy.writableLength > QUEUED_BYTES) await once(copy, "drain");
  };
  return {
    async write(cells: StagingValue[]) {
      batch.push(copyLine(cells));
      if (batch.length >= BATCH) await flush();
    },
    async end() {
      await flush();
      copy.end();
      await finished(copy);
      await client.query("create index on import_rows (external_id)");
      await client.query("analyze import_rows");
    },
    abort(error: Error) {
      // PostgreSQL answers the abandoned COPY with an error of its own after the run has moved on:
      // expected, and the run's transaction is rolled back anyway.
      copy.on("error", () => {});
      copy.destroy(error);
    },
  };
}
