import type { z } from "zod";
import type {
  ImportMapping,
  ImportPreview,
  ImportRun,
  importEncoding,
  importFileFormat,
  importKind,
  importPreset,
  importRunPage,
  SavedMapping,
  savedMappingCreate,
} from "../../contract/imports";
import { api, toSearch } from "./client";

export type ImportKind = z.infer<typeof importKind>;
export type ImportPreset = z.infer<typeof importPreset>;
export type ImportEncoding = z.infer<typeof importEncoding>;
export type ImportFileFormat = z.infer<typeof importFileFormat>;
export type ImportRunPage = z.infer<typeof importRunPage>;
export type ImportRunSummary = ImportRunPage["items"][number];
export type SavedMappingBody = z.input<typeof savedMappingCreate>;

export const importKeys = {
  all: ["imports"] as const,
  run: (id: string) => ["imports", "run", id] as const,
  history: (offset: number) => ["imports", "history", offset] as const,
  mappings: (kind: ImportKind) => ["import-mappings", kind] as const,
};

/** What every upload carries besides the file. */
export type ImportUpload = {
  file: File;
  kind: ImportKind;
  preset: ImportPreset;
  encoding?: ImportEncoding | null;
};

/** Text fields first (the server reads them before it streams the file), the file last. */
function uploadForm({ file, kind, preset, encoding }: ImportUpload, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.append("kind", kind);
  form.append("preset", preset);
  if (encoding) form.append("encoding", encoding);
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  form.append("file", file, file.name);
  return form;
}

export const previewImport = (upload: ImportUpload) =>
  api.postForm<ImportPreview>("/imports/preview", uploadForm(upload));

export const startImport = ({
  mapping,
  dryRun,
  ...upload
}: ImportUpload & { mapping: ImportMapping; dryRun: boolean }) =>
  api.postForm<ImportRun>(
    "/imports",
    uploadForm(upload, { mapping: JSON.stringify(mapping), dryRun: String(dryRun) }),
  );

export const fetchImportRun = (id: string, signal?: AbortSignal) =>
  api.get<ImportRun>(`/imports/${encodeURIComponent(id)}`, undefined, signal);
export const cancelImport = (id: string) => api.post<ImportRun>(`/imports/${encodeURIComponent(id)}/cancel`);
export const fetchImportHistory = (offset: number, limit: number, signal?: AbortSignal) =>
  api.get<ImportRunPage>("/imports", { limit, offset }, signal);

export const fetchSavedMappings = (kind: ImportKind, signal?: AbortSignal) =>
  api.get<SavedMapping[]>("/import-mappings", { kind }, signal);
export const createSavedMapping = (body: SavedMappingBody) =>
  api.post<SavedMapping>("/import-mappings", body);
export const deleteSavedMapping = (id: string) =>
  api.delete<void>(`/import-mappings/${encodeURIComponent(id)}`);

// Downloads are plain links: a GET with the session cookie needs no CSRF token.
export const importTemplateUrl = (kind: ImportKind, format: ImportFileFormat) =>
  `/api/v1/imports/template${toSearch({ kind, format })}`;
export const importErrorsUrl = (id: string, format: ImportFileFormat) =>
  `/api/v1/imports/${encodeURIComponent(id)}/errors${toSearch({ format })}`;
