// Sending an export: the content type and file name, the chosen tables as .xlsx or CSV, and a guard
// that ends a download nobody reads any more.
import { pipeline, type Readable, Transform } from "node:stream";
import type { FastifyReply } from "fastify";
import type { Language } from "../../../contract/errors";
import { CSV_TYPE, type ExportFormat, XLSX_TYPE } from "../../../contract/exports";
import { csvStream } from "./csv-export";
import { contentDisposition, type ExportFile, type WriteOptions } from "./table-export";
import { xlsxStream } from "./xlsx-export";

/** How long a reader may take nothing before the download is ended. */
const STALL_MS = 120_000;

export type FileQuery = { format: ExportFormat; lang?: Language | undefined; table?: string | undefined };

/** .xlsx: every table (or the one asked for) a worksheet; CSV: the table asked for, else the first. */
export function sendFile(reply: FastifyReply, file: ExportFile, query: FileQuery, options: WriteOptions) {
  const picked = file.tables.filter((t) => !query.table || t.key === query.table);
  const several = file.tables.length > 1;
  reply.header("cache-control", "no-store");
  if (query.format === "csv") {
    const table = picked[0] ?? (file.tables[0] as ExportFile["tables"][number]);
    const name = `${file.name}${several ? `-${table.key}` : ""}-${file.date}.csv`;
    reply.header("content-type", CSV_TYPE).header("content-disposition", contentDisposition(name));
    return reply.send(endWhenStalled(csvStream(table, options), STALL_MS));
  }
  const name = `${file.name}${several && query.table ? `-${query.table}` : ""}-${file.date}.xlsx`;
  reply.header("content-type", XLSX_TYPE).header("content-disposition", contentDisposition(name));
  return reply.send(endWhenStalled(xlsxStream(picked, options), STALL_MS));
}

/** A download whose reader stops taking data (a stalled client keeps its socket open) is ended after
 *  `ms` without progress, so that the snapshot transaction and the connection it holds are let go.
 *  Ending the returned stream (the client went away) also ends the source. */
export function endWhenStalled(source: Readable, ms: number): Readable {
  let last = Date.now();
  const guard = new Transform({
    transform(chunk, _encoding, done) {
      last = Date.now();
      done(null, chunk);
    },
  });
  // Errors reach the reply through `guard`, which pipeline destroys with them.
  pipeline(source, guard, () => {});
  const timer = setInterval(
    () => {
      if (Date.now() - last > ms) guard.destroy(new Error("export reader stalled"));
    },
    Math.max(10, ms / 4),
  );
  timer.unref();
  guard.once("close", () => clearInterval(timer));
  return guard;
}
