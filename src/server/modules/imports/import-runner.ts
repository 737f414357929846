// One run of an import, start to end, in one transaction: read the file row by row, stage the rows a
// chunk at a time, check each chunk against the database and upsert it while the next one is read,
// and commit only an apply whose every row is valid (a dry run always rolls back). Progress, the row
// report and the outcome are written beside it, outside the transaction, for the page that polls.
import { rm, stat } from "node:fs/promises";
import type pg from "pg";
import type { ErrorCode } from "../../../contract/errors";
import type { ImportMapping } from "../../../contract/imports";
import { rebuildRollupsSql } from "../../../db/rollups/rollup-rebuild";
import type { InsideSalesSettingsColumn } from "../../../db/schema";
import { type ImportKind, importFields } from "../../../domain/imports/import-fields";
import type { ImportPreset } from "../../../domain/imports/import-presets";
import { resolveColumns } from "../../../domain/imports/import-presets";
import type { ImportRowError } from "../../../domain/imports/import-row-errors";
import { readRow } from "../../../domain/imports/read-row";
import { insideSalesSettingsOf } from "../../../domain/inside-sales/inside-sales-settings";
import type { AuthContext } from "../auth/auth.service";
import { type FileEncoding, readFileRows } from "./file-rows";
import { createChunkApply } from "./import-apply";
import { createChunks } from "./import-chunks";
import { createContext, type ImportStage, type ImportUser } from "./import-context";
import type { PlanFactory } from "./import-plan";
import { copyLine, createStaging } from "./import-staging";
import type { ImportRepository } from "./imports.repository";

export type ImportJob = {
  id: string;
  kind: ImportKind;
  preset: ImportPreset;
  path: string;
  fileName: string;
  format: "csv" | "xlsx";
  encoding: FileEncoding;
  dryRun: boolean;
  mapping: ImportMapping;
  caller: AuthContext;
};

const APPLY_LOCK = 7_340_009;
const PROGRESS_MS = 500;
/**
 * Rows staged and applied at a time. Smaller chunks overlap more of the read with the writes (the
 * first chunk's read and the last one's writes overlap nothing); each chunk costs a few statements.
 */
const CHUNK_ROWS = 10_000;
/**
 * Rows read between two turns of the event loop. The parser hands over a few thousand rows at a
 * time, all read in one go unless we yield: the chunk being applied would wait that long for Node to
 * see each statement's answer and send the next.
 */
const YIELD_ROWS = 250;

const analyzedAfter: Record<ImportKind, string> = {
  deals: "deals, deal_stage_history, accounts",
  accounts: "accounts",
  contacts: "contacts",
  activities: "activities",
  leads: "leads",
  stageHistory: "deal_stage_history, deals",
};

class RunStopped extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export function createImportRunner(deps: {
  pool: pg.Pool;
  repo: ImportRepository;
  plans: Record<ImportKind, PlanFactory>;
  /** Rows per chunk (tests use a few, to cross chunk boundaries). */
  chunkRows?: number;
}) {
  const { pool, repo } = deps;
  const chunkRows = deps.chunkRows ?? CHUNK_ROWS;

  async function loadContext(client: pg.PoolClient, job: ImportJob, mapped: Set<string>) {
    const org = await client.query<{ tz: string; insideSales: InsideSalesSettingsColumn | null }>(
      `select coalesce((select time_zone from org_settings limit 1), 'Asia/Tokyo') as tz,
        (select inside_sales from org_settings limit 1) as "insideSales"`,
    );
    const timeZone = org.rows[0]?.tz ?? "Asia/Tokyo";
    const insideSales = insideSalesSettingsOf(org.rows[0]?.insideSales ?? undefined);
    const users = await client.query<ImportUser>(
      `select id, email, name, name_en as "nameEn", team_id as "teamId", active from users`,
    );
    const stages = await client.query<ImportStage>(
      `select s.id, s.key, s.name, s.name_en as "nameEn", s.probability, s.kind, s.pipeline_id as "pipelineId"
       from stages s join pipelines p on p.id = s.pipeline_id
       where p.id = coalesce($1::uuid, (select id from pipelines order by is_default desc, sort_order, created_at limit 1))
       order by s.sort_order`,
      [job.mapping.pipelineId ?? null],
    );
    return createContext({
      importId: job.id,
      caller: job.caller,
      timeZone,
      // Imported leads get their SLA due time and response minutes by the org's hours.
      hours: { ...insideSales.businessHours, timeZone },
      slaMinutes: insideSales.slaMinutes,
      channels: insideSales.channels,
      startedAt: new Date(),
      preset: job.preset,
      mapping: job.mapping,
      mapped,
      users: users.rows,
      stages: stages.rows,
    });
  }

  async function run(job: ImportJob) {
    await repo.markRunning(job.id);
    const client = await pool.connect();
    let rows = 0;
    let invalid = 0;
    let bytesRead = 0;
    let unknownValues: Record<string, string[]> = {};
    const pending: ImportRowError[] = [];
    const flush = async () => {
      await repo.insertErrors(job.id, pending.splice(0));
    };
    try {
      await client.query("begin");
      // The index probes of the chunked statements add up to costs past JIT's threshold: compiling
      // them took longer than running them, whose time is in index inserts, not in expressions.
      await client.query("set local jit = off");
      if (!job.dryRun) await client.query("select pg_advisory_xact_lock($1)", [APPLY_LOCK]);
      const source = readFileRows(job.path, job.format, job.encoding, (bytes) => {
        bytesRead = bytes;
      })[Symbol.asyncIterator]();
      const first = await source.next();
      const headers = first.done ? [] : first.value.map((cell) => String(cell ?? "").trim());
      const columnOf = resolveColumns(job.kind, job.preset, headers, job.mapping.columns ?? {});
      const fields = importFields[job.kind];
      const missing = fields.filter((f) => f.required && !columnOf[f.key]).map((f) => f.key);
      if (missing.length > 0) throw new RunStopped("IMPORT_COLUMNS_MISSING");
      const columns = fields
        .filter((field) => columnOf[field.key])
        .map((field) => ({
          field,
          header: columnOf[field.key] as string,
          index: headers.indexOf(columnOf[field.key] as string),
        }));
      const ctx = await loadContext(client, job, new Set(columns.map((c) => c.field.key)));
      const plan = deps.plans[job.kind](ctx);
      const staging = await createStaging(client, plan.columns);
      const headerOf = (field: string) => columnOf[field] ?? field;
      const { size: bytesTotal } = await stat(job.path);
      const applier = createChunkApply({
        client,
        plan,
        staging,
        share: () => bytesRead / bytesTotal,
        // Rows the database refused, reported under the file's own headers.
        report: async (groups) => {
          for (const group of groups) {
            invalid += group.rows.length;
            pending.push(
              ...group.rows.map((r) => ({
                row: r.row_no,
                column: group.column && headerOf(group.column),
                code: group.code,
                value: r.value,
              })),
            );
          }
          await flush();
        },
      });
      const chunks = createChunks(chunkRows, applier.apply);

      let lastProgress = Date.now();
      try {
        for (let next = await source.next(); !next.done; next = await source.next()) {
          const cells = next.value;
          if (cells.every((c) => c == null || String(c).trim() === "")) continue;
          rows += 1;
          if (rows % YIELD_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
          const read = readRow(job.kind, columns, cells);
          const prepared = read.errors.length === 0 ? plan.prepare(read.values) : undefined;
          const errors =
            prepared === undefined
              ? read.errors
              : "errors" in prepared
                ? prepared.errors.map((e) => ({ column: headerOf(e.field), code: e.code, value: e.value }))
                : [];
          if (errors.length > 0) {
            invalid += 1;
            pending.push(...errors.map((e) => ({ row: rows, ...e })));
            if (pending.length >= 1000) await flush();
          } else if (prepared && "cells" in prepared) {
            await chunks.write(copyLine([rows, String(read.values.externalId), ...prepared.cells]));
          }
          if (Date.now() - lastProgress > PROGRESS_MS) {
            lastProgress = Date.now();
            if (await repo.progress(job.id, bytesRead, rows)) throw new RunStopped("IMPORT_CANCELLED");
          }
        }
        await chunks.end();
      } catch (error) {
        await chunks.settle();
        throw error;
      }
      await flush();

      const query = async <R>(text: string) => (await client.query(text)).rows as R[];
      const { created, updated } = plan.written
        ? await plan.written(query)
        : await recordsWritten(client, job.id);
      const counts = { rows, created, updated, unchanged: rows - invalid - created - updated, invalid };
      unknownValues = Object.fromEntries([...ctx.unknown].map(([field, values]) => [field, [...values]]));
      if (await repo.progress(job.id, bytesRead, rows)) throw new RunStopped("IMPORT_CANCELLED");

      const apply = !job.dryRun && invalid === 0;
      if (apply) {
        if (applier.bulk()) await client.query(rebuildRollupsSql);
        await client.query(
          "insert into audit_log (actor_id, entity, entity_id, action, changes) values ($1, 'import', $2, 'create', $3)",
          [
            job.caller.userId,
            job.id,
            JSON.stringify({
              fileName: { before: null, after: job.fileName },
              kind: { before: null, after: job.kind },
              counts: { before: null, after: counts },
            }),
          ],
        );
        await client.query("commit");
      } else {
        await client.query("rollback");
      }
      await repo.finish(job.id, {
        status: job.dryRun || apply ? "done" : "failed",
        counts,
        unknownValues,
        failure: job.dryRun || apply ? null : "IMPORT_INVALID_ROWS",
        bytesRead,
      });
      // Fresh statistics for the plans that read the loaded tables (after the answer: it changes no data).
      if (apply && applier.bulk()) await client.query(`analyze ${analyzedAfter[job.kind]}`).catch(() => {});
    } catch (error) {
      await client.query("rollback").catch(() => {});
      await flush().catch(() => {});
      const code: ErrorCode =
        error instanceof RunStopped
          ? error.code
          : isUnreadable(error)
            ? "IMPORT_FILE_UNREADABLE"
            : "INTERNAL";
      if (code === "INTERNAL") console.error("import failed", error);
      await repo.finish(job.id, {
        status: code === "IMPORT_CANCELLED" ? "cancelled" : "failed",
        counts: { rows, created: 0, updated: 0, unchanged: 0, invalid },
        unknownValues,
        failure: code,
        bytesRead,
      });
    } finally {
      client.release();
      await rm(job.path, { force: true });
    }
  }

  return { run };
}

async function recordsWritten(client: pg.PoolClient, importId: string) {
  const { rows } = await client.query<{ created: number; updated: number }>(
    `select count(*) filter (where action = 'created')::int as created, count(*) filter (where action = 'updated')::int as updated
     from import_records where import_id = $1`,
    [importId],
  );
  return rows[0] ?? { created: 0, updated: 0 };
}

/** csv-parse's and the zip reader's errors: the file is not what it claims to be. */
function isUnreadable(error: unknown) {
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? "";
  return code.startsWith("CSV_") || /zip|end of central directory|invalid signature|corrupt/i.test(message);
}
