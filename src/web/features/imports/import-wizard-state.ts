// What the import wizard holds between its steps, and the mapping it sends from that.
import type { ImportMapping, ImportPreview, SavedMapping } from "../../../contract/imports";
import type { ImportEncoding, ImportKind, ImportPreset } from "../../api/imports";

export type ImportStep = 0 | 1 | 2 | 3;

export type WizardState = {
  step: ImportStep;
  kind: ImportKind;
  preset: ImportPreset;
  file: File | null;
  savedMappingId: string | null;
  /** The encoding the user chose over the detected one; null reads the file as detected. */
  encoding: ImportEncoding | null;
  preview: ImportPreview | null;
  /** field → header of the file (null: the field is not read). */
  columns: Record<string, string | null>;
  pipelineId: string | null;
  /** A stage name of the file → stage id. */
  stages: Record<string, string>;
  /** An owner value of the file → user id; absent: the importing user. */
  owners: Record<string, string>;
  dryRunId: string | null;
  /** The mapping the last dry run checked: applying needs the same one. */
  dryRunMapping: string | null;
  applyRunId: string | null;
};

export const initialWizard: WizardState = {
  step: 0,
  kind: "deals",
  preset: "susumu",
  file: null,
  savedMappingId: null,
  encoding: null,
  preview: null,
  columns: {},
  pipelineId: null,
  stages: {},
  owners: {},
  dryRunId: null,
  dryRunMapping: null,
  applyRunId: null,
};

const nonEmpty = <T extends Record<string, unknown>>(record: T) =>
  Object.keys(record).length > 0 ? record : undefined;

/** The mapping sent with a dry run or an import. */
export function toMapping(state: WizardState): ImportMapping {
  const mapping: ImportMapping = { columns: state.columns };
  if (state.kind === "deals" && state.pipelineId) mapping.pipelineId = state.pipelineId;
  const stages = nonEmpty(state.stages);
  const owners = nonEmpty(state.owners);
  if (stages) mapping.stages = stages;
  if (owners) mapping.owners = owners;
  return mapping;
}

export const mappingKey = (state: WizardState) => JSON.stringify(toMapping(state));

/**
 * The columns to start the mapping step from: what the preset found, overridden by a saved mapping
 * wherever the saved header is in this file too.
 */
export function prefillColumns(
  preview: ImportPreview,
  saved: SavedMapping | undefined,
): Record<string, string | null> {
  const columns: Record<string, string | null> = {};
  for (const field of preview.fields) columns[field.key] = preview.columns[field.key] ?? null;
  const headers = new Set(preview.headers);
  for (const [field, header] of Object.entries(saved?.mapping.columns ?? {})) {
    if (!(field in columns)) continue;
    if (header === null) columns[field] = null;
    else if (headers.has(header)) columns[field] = header;
  }
  return columns;
}

/** Required fields no column fills. */
export const missingRequired = (state: WizardState) =>
  (state.preview?.fields ?? []).filter((f) => f.required && !state.columns[f.key]);
