// Imports over HTTP: multipart uploads spooled to a temporary file (streamed, never held in memory),
// runs to follow, the row report and templates to download, saved mappings.

import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import { exportFile } from "../../../contract/exports";
import {
  importErrorsQuery,
  importListQuery,
  importPreview,
  importPreviewBody,
  importPreviewFields,
  importRun,
  importRunPage,
  importTemplateQuery,
  importUploadBody,
  importUploadFields,
} from "../../../contract/imports";
import { AppError, languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import { contentDisposition } from "../exports/table-export";
import { fileTypes, reportTable, streamOf, templateTable } from "./import-files";
import { type ImportService, requireImporter, type Upload } from "./imports.service";

const spoolDir = path.join(tmpdir(), "susumu-imports");
const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};
const binary = { 200: exportFile, 403: errorResponse, 404: errorResponse };

/** The multipart body is read by the handler; the zod schema only documents it. */
const skipBodyValidation = ((route: Parameters<typeof validatorCompiler>[0]) =>
  route.httpPart === "body" ? (data: unknown) => ({ value: data }) : validatorCompiler(route)) as never;

/** Spools the `file` part to disk and collects the text fields. */
async function receive<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
): Promise<{ upload: Upload; fields: z.infer<T> }> {
  if (!request.isMultipart()) throw new AppError("IMPORT_FILE_MISSING");
  await mkdir(spoolDir, { recursive: true });
  const values: Record<string, string> = {};
  let upload: Upload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") values[part.fieldname] = String(part.value);
      else if (part.fieldname === "file" && !upload) {
        const file = path.join(spoolDir, randomUUID());
        upload = { path: file, fileName: part.filename || "upload.csv" };
        await pipeline(part.file, createWriteStream(file));
        if (part.file.truncated) throw new AppError("VALIDATION_FAILED", { reason: "file too large" });
      } else part.file.resume();
    }
    if (!upload) throw new AppError("IMPORT_FILE_MISSING");
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      throw new AppError("VALIDATION_FAILED", {
        issues: parsed.error.issues.map((i) => ({ path: ["body", ...i.path].join("."), message: i.message })),
      });
    }
    return { upload, fields: parsed.data };
  } catch (error) {
    if (upload) await rm(upload.path, { force: true });
    throw error;
  }
}

export function registerImportRoutes(app: FastifyInstance, deps: { imports: ImportService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { imports } = deps;
  const tags = ["imports"];
  const multipart = { consumes: ["multipart/form-data"] };

  r.post(
    "/api/v1/imports",
    {
      validatorCompiler: skipBodyValidation,
      schema: {
        tags,
        summary:
          "Upload a CSV (UTF-8 / Shift-JIS) or .xlsx and start a dry run (default) or an apply; 202 with the run, to follow with GET until status is done or failed",
        ...multipart,
        body: importUploadBody,
        response: { 202: importRun, ...errors },
      },
    },
    async (request, reply) => {
      requireImporter(callerOf(request));
      const { upload, fields } = await receive(request, importUploadFields);
      const run = await imports.start(callerOf(request), upload, fields, languageOf(request));
      return reply.status(202).send(run);
    },
  );

  r.post(
    "/api/v1/imports/preview",
    {
      validatorCompiler: skipBodyValidation,
      schema: {
        tags,
        summary:
          "The file's encoding, headers and first rows, and the columns the preset reads each field from",
        ...multipart,
        body: importPreviewBody,
        response: { 200: importPreview, ...errors },
      },
    },
    async (request) => {
      requireImporter(callerOf(request));
      const { upload, fields } = await receive(request, importPreviewFields);
      try {
        return await imports.preview(callerOf(request), upload, fields);
      } finally {
        await rm(upload.path, { force: true });
      }
    },
  );

  r.get(
    "/api/v1/imports",
    {
      schema: {
        tags,
        summary: "Imports, newest first (an admin sees all, a manager their own)",
        querystring: importListQuery,
        response: { 200: importRunPage, 403: errorResponse },
      },
    },
    (request) =>
      imports.list(callerOf(request), request.query.limit, request.query.offset, languageOf(request)),
  );

  r.get(
    "/api/v1/imports/template",
    {
      schema: {
        tags,
        summary: "The product's import template of a kind (.xlsx or CSV)",
        querystring: importTemplateQuery,
        response: binary,
      },
    },
    async (request, reply) => {
      requireImporter(callerOf(request));
      const { kind, format } = request.query;
      reply
        .type(fileTypes[format])
        .header("content-disposition", contentDisposition(`susumu-${kind}-template.${format}`));
      // A stream: Fastify sends it as it is, without the response schema's serializer.
      return reply.send(streamOf(templateTable(kind), format, "ja", callerOf(request).timeZone) as never);
    },
  );

  r.get(
    "/api/v1/imports/:id",
    {
      schema: {
        tags,
        summary: "An import run: status, progress, counts and the first rows of its report",
        params: idParams,
        response: { 200: importRun, 404: errorResponse },
      },
    },
    (request) => imports.get(callerOf(request), request.params.id, languageOf(request)),
  );

  r.post(
    "/api/v1/imports/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel a running import: nothing of it is written",
        params: idParams,
        response: { 200: importRun, ...errors },
      },
    },
    (request) => imports.cancel(callerOf(request), request.params.id, languageOf(request)),
  );

  r.get(
    "/api/v1/imports/:id/errors",
    {
      schema: {
        tags,
        summary: "The whole row report of a run (row, column, code, message, value)",
        params: idParams,
        querystring: importErrorsQuery,
        response: binary,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const lang = languageOf(request);
      await imports.get(caller, request.params.id, lang);
      const { format } = request.query;
      reply
        .type(fileTypes[format])
        .header("content-disposition", contentDisposition(`import-errors-${request.params.id}.${format}`));
      return reply.send(
        streamOf(
          reportTable(imports.errorBatches(caller, request.params.id, lang)),
          format,
          lang,
          caller.timeZone,
        ) as never,
      );
    },
  );
}
