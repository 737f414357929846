// Shares 0..1 as the page shows them. A share without a denominator is "no data" (SPEC.md section 4):
// never 0%, never NaN.
import type { TFunction } from "i18next";
import type { Formatters } from "../../i18n/format";

export function formatShare(value: number | null, f: Formatters, t: TFunction): string {
  return value === null || !Number.isFinite(value) ? t("quality.noData") : f.percent(Math.round(value * 100));
}

/** Green from 80 %, orange from 50 %, red below; grey without data. */
export function shareColor(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "gray";
  if (value >= 0.8) return "teal";
  if (value >= 0.5) return "orange";
  return "red";
}

/** Nulls last whichever way the column is sorted. */
export function compareNullable(a: number | string | null, b: number | string | null, desc: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order =
    typeof a === "string" && typeof b === "string" ? a.localeCompare(b, "ja") : Number(a) - Number(b);
  return desc ? -order : order;
}
