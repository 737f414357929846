// Client-side checks that mirror the contract's limits (src/contract/deals.ts), so that a rep sees
// the problem next to the field before the server has to refuse it.
import type { TFunction } from "i18next";

export type AmountValue = number | string;

export function amountToApi(value: AmountValue): number | null {
  if (value === "" || value === null) return null;
  const n = typeof value === "number" ? value : Number(String(value).replaceAll(",", ""));
  return Number.isFinite(n) ? n : null;
}

export const dealValidators = (t: TFunction) => ({
  name: (v: string) =>
    v.trim() === ""
      ? t("validation.required")
      : v.trim().length > 200
        ? t("validation.tooLong", { max: 200 })
        : null,
  amount: (v: AmountValue) => {
    if (v === "") return null;
    const n = amountToApi(v);
    return n === null || !Number.isInteger(n) || n < 0 || n > 1e14 ? t("validation.amount") : null;
  },
  probability: (v: number | string) => {
    const n = typeof v === "number" ? v : Number(v);
    return v === "" || !Number.isInteger(n) || n < 0 || n > 100 ? t("validation.probability") : null;
  },
  text: (max: number) => (v: string) => (v.trim().length > max ? t("validation.tooLong", { max }) : null),
  url: (v: string) => {
    const s = v.trim();
    if (!s) return null;
    if (s.length > 2000) return t("validation.tooLong", { max: 2000 });
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:" ? null : t("validation.url");
    } catch {
      return t("validation.url");
    }
  },
});

export const emptyToNull = (v: string): string | null => (v.trim() === "" ? null : v.trim());
