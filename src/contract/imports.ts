// Imports (SPEC.md C11): upload a CSV or .xlsx, map its columns (presets for Salesforce, HubSpot and
// the product's template), dry-run for a per-row report, then apply all-or-nothing.
import { z } from "zod";
import { importKinds } from "../domain/imports/import-fields";
import { importPresets } from "../domain/imports/import-presets";
import { idSchema, pageOf, pageQuery, timestamp } from "./common";

export const importKind = z.enum(importKinds);
export const importPreset = z.enum(importPresets);
export const importEncoding = z.enum(["utf-8", "shift_jis"]);
export const importFileFormat = z.enum(["csv", "xlsx"]);
export const importStatus = z.enum(["queued", "running", "done", "failed", "cancelled"]);

/** Columns (field → header, null to leave a field unread), stage names and owners mapped by the user. */
export const importMapping = z
  .object({
    pipelineId: idSchema.optional(),
    columns: z.record(z.string().max(100), z.string().max(300).nullable()).optional(),
    stages: z.record(z.string().max(300), z.string().max(100)).optional(),
    owners: z.record(z.string().max(300), idSchema).optional(),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMapping>;

const jsonText = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(1_000_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** The text fields of the multipart upload (the file is the `file` part). */
export const importUploadFields = z.object({
  kind: importKind,
  preset: importPreset.default("susumu"),
  encoding: importEncoding.optional(),
  mapping: jsonText(importMapping).optional(),
  dryRun: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});
export type ImportUploadFields = z.infer<typeof importUploadFields>;

/** How the OpenAPI document shows the multipart body. */
export const importUploadBody = z.object({
  file: z
    .string()
    .meta({ format: "binary", description: "A .csv (UTF-8 or Shift-JIS / CP932) or .xlsx file" }),
  kind: importKind,
  preset: importPreset.optional(),
  encoding: importEncoding.optional().meta({ description: "Detected when absent" }),
  mapping: z.string().optional().meta({ description: "JSON of {pipelineId?, columns?, stages?, owners?}" }),
  dryRun: z.enum(["true", "false"]).optional().meta({ description: "Default true" }),
});
export const importPreviewBody = importUploadBody.pick({
  file: true,
  kind: true,
  preset: true,
  encoding: true,
});
export const importPreviewFields = importUploadFields.pick({ kind: true, preset: true, encoding: true });

export const importCounts = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
});

export const importRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  value: z.string().nullable(),
});

export const importRun = z.object({
  id: idSchema,
  kind: importKind,
  preset: importPreset,
  fileName: z.string(),
  fileFormat: importFileFormat,
  encoding: importEncoding.nullable(),
  status: importStatus,
  dryRun: z.boolean(),
  counts: importCounts,
  /** The first rows of the report; the whole of it from `/errors`. */
  errors: z.array(importRowError),
  errorCount: z.number().int(),
  unknownValues: z.record(z.string(), z.array(z.string())),
  progress: z.object({ bytesRead: z.number().int(), bytesTotal: z.number().int() }),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  mapping: importMapping,
  createdBy: z.object({ id: idSchema, name: z.string() }),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
});
export type ImportRun = z.infer<typeof importRun>;
export const importRunPage = pageOf(importRun.omit({ errors: true }));
export const importListQuery = z.object({ ...pageQuery });
export const importErrorsQuery = z.object({ format: importFileFormat.default("csv") });

export const importField = z.object({
  key: z.string(),
  type: z.string(),
  required: z.boolean(),
  ja: z.string(),
  en: z.string(),
});

export const importPreview = z.object({
  fileFormat: importFileFormat,
  encoding: importEncoding,
  detectedEncoding: importEncoding,
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())),
  /** field → the header the preset (or the mapping) reads it from, null when none. */
  columns: z.record(z.string(), z.string().nullable()),
  fields: z.array(importField),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importTemplateQuery = z.object({ kind: importKind, format: importFileFormat.default("xlsx") });

export const savedMapping = z.object({
  id: idSchema,
  name: z.string(),
  kind: importKind,
  preset: importPreset,
  mapping: importMapping,
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type SavedMapping = z.infer<typeof savedMapping>;
export const savedMappingCreate = z.object({
  name: z.string().trim().min(1).max(100),
  kind: importKind,
  preset: importPreset,
  mapping: importMapping,
});
export const savedMappingQuery = z.object({ kind: importKind.optional() });
