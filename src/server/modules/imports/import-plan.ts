// The shape of one kind of import: its staging columns, how a read row becomes a staging row, and
// the SQL that checks the staged rows against the database and writes them.

import type { ImportRowErrorCode } from "../../../domain/imports/import-row-errors";
import type { FieldValue } from "../../../domain/imports/read-row";
import type { ImportContext } from "./import-context";

export type StagingValue = string | number | boolean | null;
export type PrepareError = { field: string; code: ImportRowErrorCode; value: string };
export type PreparedRow = { cells: StagingValue[] } | { errors: PrepareError[] };
export type SqlError = { row_no: number; value: string | null };
export type Query = <R = Record<string, unknown>>(text: string) => Promise<R[]>;

/** Rows the database refused, by code, with the field they are reported under. */
export type ApplyErrors = { code: ImportRowErrorCode; column: string | null; rows: SqlError[] }[];

export type KindPlan = {
  /** Staging columns after row_no and external_id, with their PostgreSQL types. */
  columns: [string, string][];
  prepare(values: Record<string, FieldValue>): PreparedRow;
  /**
   * Resolves references, drops (and reports) rows the database refuses, upserts the rest: called once
   * per chunk of staged rows, repeated external ids already dropped (see import-staging.ts).
   */
  apply(query: Query): Promise<ApplyErrors>;
  /** Applied once, to all the file's rows: the plan relates rows across the file. */
  wholeFile?: boolean;
  /** Records written, for a kind whose records import_records cannot hold (stage history). */
  written?(query: Query): Promise<{ created: number; updated: number }>;
  /** Always rebuild the rollups (the kind rewrites history the triggers do not follow). */
  rebuildsRollups?: boolean;
};

export type PlanFactory = (ctx: ImportContext) => KindPlan;

export const text = (values: Record<string, FieldValue>, key: string) => {
  const value = values[key];
  return value === undefined ? null : String(value);
};

/** A datetime field as the staging text `timestampOf` reads. */
export const moment = (values: Record<string, FieldValue>, key: string) => {
  const value = values[key];
  if (value === undefined || typeof value !== "object") return null;
  return "instant" in value ? value.instant : value.local;
};

export const numberOf = (values: Record<string, FieldValue>, key: string) => {
  const value = values[key];
  return typeof value === "number" ? value : null;
};

export const boolOf = (values: Record<string, FieldValue>, key: string) => {
  const value = values[key];
  return typeof value === "boolean" ? value : undefined;
};
