// The files an import answers with: the product's template of a kind and a run's row report, written
// by the export writers (typed .xlsx with a frozen header, or CSV with a BOM).
import type { Readable } from "node:stream";
import type { Language } from "../../../contract/errors";
import { type ImportKind, importFields } from "../../../domain/imports/import-fields";
import { csvStream } from "../exports/csv-export";
import { type ExportTable, inOneBatch } from "../exports/table-export";
import { xlsxStream } from "../exports/xlsx-export";

const kindNames: Record<ImportKind, { ja: string; en: string }> = {
  deals: { ja: "案件", en: "Deals" },
  accounts: { ja: "顧客", en: "Accounts" },
  contacts: { ja: "顧客担当者", en: "Contacts" },
  activities: { ja: "行動", en: "Activities" },
  leads: { ja: "リード", en: "Leads" },
  stageHistory: { ja: "ステージ履歴", en: "Stage history" },
};

/** The template's header row is in Japanese whatever the caller's language: the preset reads both. */
export function templateTable(kind: ImportKind): ExportTable {
  return {
    key: kind,
    title: kindNames[kind],
    columns: importFields[kind].map((f) => ({
      key: f.key,
      header: { ja: f.ja, en: f.ja },
      type: "text" as const,
    })),
    batches: inOneBatch([]),
  };
}

export function reportTable(batches: AsyncIterable<Record<string, string | number | null>[]>): ExportTable {
  return {
    key: "errors",
    title: { ja: "エラー一覧", en: "Row report" },
    columns: [
      { key: "row", header: { ja: "行", en: "Row" }, type: "number" },
      { key: "column", header: { ja: "列", en: "Column" }, type: "text" },
      { key: "code", header: { ja: "コード", en: "Code" }, type: "text" },
      { key: "message", header: { ja: "メッセージ", en: "Message" }, type: "text" },
      { key: "value", header: { ja: "値", en: "Value" }, type: "text" },
    ],
    batches,
  };
}

export const fileTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function streamOf(
  table: ExportTable,
  format: "csv" | "xlsx",
  lang: Language,
  timeZone: string,
): Readable {
  const options = { lang, timeZone };
  return format === "csv" ? csvStream(table, options) : xlsxStream([table], options);
}
