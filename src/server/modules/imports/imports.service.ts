// Import use cases: preview a file's columns, start a dry run or an apply (run in the background,
// followed through GET), cancel, read the report; saved mappings. Admins import anything; a manager
// imports into their own teams (the runner checks every row's owner and every updated record).
import { open, stat } from "node:fs/promises";
import type { Language } from "../../../contract/errors";
import { errorMessages } from "../../../contract/errors";
import type { ImportMapping, ImportPreview, ImportRun, ImportUploadFields } from "../../../contract/imports";
import { type ImportKind, importFields } from "../../../domain/imports/import-fields";
import { type ImportPreset, resolveColumns } from "../../../domain/imports/import-presets";
import { importRowErrors } from "../../../domain/imports/import-row-errors";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import { detectEncoding, type FileEncoding, readFileRows } from "./file-rows";
import type { ImportJob } from "./import-runner";
import type { ImportRepository, ImportRow } from "./imports.repository";

export type ImportService = ReturnType<typeof createImportService>;
export type Upload = { path: string; fileName: string };

/** How long a POST waits for a small file to finish before it answers 202 with the run still going. */
const ANSWER_WAIT_MS = 1_500;

export function requireImporter(caller: AuthContext) {
  if (caller.role !== "admin" && caller.role !== "manager") throw new AppError("FORBIDDEN");
}

/** By the name's extension, else by content: an .xlsx is a zip ("PK\x03\x04"). */
async function formatOf(upload: Upload): Promise<"csv" | "xlsx"> {
  if (/\.xlsx$/i.test(upload.fileName)) return "xlsx";
  if (/\.(csv|txt)$/i.test(upload.fileName)) return "csv";
  const handle = await open(upload.path, "r");
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.toString("latin1") === "PK\x03\x04" ? "xlsx" : "csv";
  } finally {
    await handle.close();
  }
}

export function messageOf(code: string, lang: Language) {
  const row = importRowErrors[code as keyof typeof importRowErrors];
  const api = errorMessages[code as keyof typeof errorMessages];
  return (row ?? api ?? errorMessages.INTERNAL)[lang];
}

export function createImportService(deps: {
  repo: ImportRepository;
  run: (job: ImportJob) => Promise<void>;
  track: (work: Promise<void>) => void;
}) {
  const { repo } = deps;

  async function visibleRun(caller: AuthContext, id: string) {
    const run = await repo.find(id);
    if (!run || (caller.role !== "admin" && run.createdBy !== caller.userId)) throw new AppError("NOT_FOUND");
    return run;
  }

  async function view(run: ImportRow, lang: Language): Promise<ImportRun> {
    const [errors, errorCount] = await Promise.all([repo.listErrors(run.id, 200), repo.countErrors(run.id)]);
    return {
      id: run.id,
      kind: run.kind as ImportKind,
      preset: run.preset as ImportPreset,
      fileName: run.fileName,
      fileFormat: run.fileFormat,
      encoding: (run.encoding as FileEncoding | null) ?? null,
      status: run.status,
      dryRun: run.dryRun,
      counts: run.counts,
      errors: errors.map((e) => ({
        row: e.row,
        column: e.column,
        code: e.code,
        message: messageOf(e.code, lang),
        value: e.value,
      })),
      errorCount,
      unknownValues: run.unknownValues,
      progress: { bytesRead: run.bytesRead, bytesTotal: run.bytesTotal },
      failure: run.failure ? { code: run.failure, message: messageOf(run.failure, lang) } : null,
      mapping: run.mapping as ImportMapping,
      createdBy: { id: run.createdBy, name: run.createdByName },
      createdAt: run.createdAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }

  return {
    view,

    async start(caller: AuthContext, upload: Upload, fields: ImportUploadFields, lang: Language) {
      requireImporter(caller);
      const format = await formatOf(upload);
      const encoding = format === "csv" ? (fields.encoding ?? (await detectEncoding(upload.path))) : "utf-8";
      const mapping = fields.mapping ?? {};
      const { size } = await stat(upload.path);
      const id = await repo.create({
        kind: fields.kind,
        preset: fields.preset,
        fileName: upload.fileName,
        fileFormat: format,
        encoding: format === "csv" ? encoding : null,
        dryRun: fields.dryRun,
        mapping,
        bytesTotal: size,
        createdBy: caller.userId,
      });
      const work = deps.run({
        id,
        kind: fields.kind,
        preset: fields.preset,
        path: upload.path,
        fileName: upload.fileName,
        format,
        encoding,
        dryRun: fields.dryRun,
        mapping,
        caller,
      });
      deps.track(work);
      await Promise.race([work, new Promise((resolve) => setTimeout(resolve, ANSWER_WAIT_MS))]);
      return view((await repo.find(id)) as ImportRow, lang);
    },

    async get(caller: AuthContext, id: string, lang: Language) {
      return view(await visibleRun(caller, id), lang);
    },

    async list(caller: AuthContext, limit: number, offset: number, lang: Language) {
      requireImporter(caller);
      const { items, total } = await repo.list(caller.role === "admin" ? null : caller.userId, limit, offset);
      const views = await Promise.all(items.map((run) => view(run, lang)));
      return { items: views.map(({ errors: _, ...rest }) => rest), total, limit, offset };
    },

    async cancel(caller: AuthContext, id: string, lang: Language) {
      const run = await visibleRun(caller, id);
      if (run.status !== "queued" && run.status !== "running") throw new AppError("IMPORT_FINISHED");
      await repo.requestCancel(id);
      return view({ ...run, cancelRequested: true }, lang);
    },

    /** Every row error of a run, in batches, for the downloadable report. */
    async *errorBatches(caller: AuthContext, id: string, lang: Language) {
      await visibleRun(caller, id);
      for (let offset = 0; ; offset += 5_000) {
        const batch = await repo.listErrors(id, 5_000, offset);
        if (batch.length === 0) return;
        yield batch.map((e) => ({ ...e, message: messageOf(e.code, lang) }));
      }
    },

    async preview(
      caller: AuthContext,
      upload: Upload,
      fields: { kind: ImportKind; preset: ImportPreset; encoding?: FileEncoding | undefined },
    ): Promise<ImportPreview> {
      requireImporter(caller);
      const format = await formatOf(upload);
      const detected = format === "csv" ? await detectEncoding(upload.path) : "utf-8";
      const encoding = fields.encoding ?? detected;
      const rows: string[][] = [];
      try {
        for await (const row of readFileRows(upload.path, format, encoding)) {
          rows.push(
            row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ""))),
          );
          if (rows.length > 10) break;
        }
      } catch {
        throw new AppError("IMPORT_FILE_UNREADABLE");
      }
      const headers = (rows[0] ?? []).map((h) => h.trim());
      const found = resolveColumns(fields.kind, fields.preset, headers);
      return {
        fileFormat: format,
        encoding,
        detectedEncoding: detected,
        headers,
        sampleRows: rows.slice(1),
        columns: Object.fromEntries(importFields[fields.kind].map((f) => [f.key, found[f.key] ?? null])),
        fields: importFields[fields.kind].map((f) => ({
          key: f.key,
          type: f.type,
          required: f.required === true,
          ja: f.ja,
          en: f.en,
        })),
      };
    },
  };
}
