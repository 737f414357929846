// Money, dates and timestamps in the UI language. Dates without time ("YYYY-MM-DD") are formatted
// in UTC so that no browser time zone can move them to the day before.
import { useMemo } from "react";
import type { Lang } from "./i18n";
import { useLang } from "./use-lang";

const locales: Record<Lang, string> = { ja: "ja-JP", en: "en-US" };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n:${lang}:${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], options);
    cache.set(k, f);
  }
  return f;
}

function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d:${lang}:${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], options);
    cache.set(k, f);
  }
  return f;
}

export function formatYen(amount: number, lang: Lang): string {
  return numberFormat(lang, "yen", { style: "currency", currency: "JPY" }).format(amount);
}

/** Column totals: "1,234万円" / "1.2億円" in Japanese, "¥12.3M" in English. */
export function formatYenCompact(amount: number, lang: Lang): string {
  if (lang === "en") {
    return numberFormat(lang, "yen-compact", {
      style: "currency",
      currency: "JPY",
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(amount);
  }
  const plain = numberFormat(lang, "plain1", { maximumFractionDigits: 1 });
  if (Math.abs(amount) >= 1e8) return `${plain.format(amount / 1e8)}億円`;
  if (Math.abs(amount) >= 1e4)
    return `${numberFormat(lang, "plain0", { maximumFractionDigits: 0 }).format(amount / 1e4)}万円`;
  return `${plain.format(amount)}円`;
}

export function formatPercent(value: number, lang: Lang): string {
  return `${numberFormat(lang, "int", { maximumFractionDigits: 0 }).format(value)}%`;
}

function parseDateOnly(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "2026年11月20日(金)" / "Nov 20, 2026". */
export function formatDate(value: string, lang: Lang): string {
  const d = parseDateOnly(value);
  if (!d) return value;
  return lang === "ja"
    ? dateFormat(lang, "date", {
        year: "numeric",
        month: "long",
        day: "numeric",
        weekday: "short",
        timeZone: "UTC",
      }).format(d)
    : dateFormat(lang, "date", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
        d,
      );
}

/** Dense form for cards and tables: "2026/11/20(金)" / "Nov 20, 2026". */
export function formatDateShort(value: string, lang: Lang): string {
  const d = parseDateOnly(value);
  if (!d) return value;
  return lang === "ja"
    ? dateFormat(lang, "short", {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        weekday: "short",
        timeZone: "UTC",
      }).format(d)
    : dateFormat(lang, "short", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
        d,
      );
}

/** A point in time, in the browser's own time zone. */
export function formatTimestamp(value: string, lang: Lang): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return dateFormat(lang, "ts", { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** Today as "YYYY-MM-DD" in the browser's calendar, to compare with date-only values. */
export function todayDateOnly(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type Formatters = {
  lang: Lang;
  yen: (amount: number | null | undefined) => string;
  yenCompact: (amount: number) => string;
  percent: (value: number) => string;
  number: (value: number) => string;
  date: (value: string | null | undefined) => string;
  dateShort: (value: string | null | undefined) => string;
  dateCompact: (value: string | null | undefined) => string;
  timestamp: (value: string | null | undefined) => string;
  timestampShort: (value: string | null | undefined) => string;
};

const dash = "—";

export function useFormat(): Formatters {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      yen: (a) => (a == null ? dash : formatYen(a, lang)),
      yenCompact: (a) => formatYenCompact(a, lang),
      percent: (v) => formatPercent(v, lang),
      number: (v) => numberFormat(lang, "int", { maximumFractionDigits: 0 }).format(v),
      date: (v) => (v ? formatDate(v, lang) : dash),
      dateShort: (v) => (v ? formatDateShort(v, lang) : dash),
      dateCompact: (v) => (v ? formatDateCompact(v, lang) : dash),
      timestamp: (v) => (v ? formatTimestamp(v, lang) : dash),
      timestampShort: (v) => (v ? formatTimestampShort(v, lang) : dash),
    }),
    [lang],
  );
}

/** Card dates: "11/20(金)" / "Nov 20" in the current year, with the year otherwise. */
export function formatDateCompact(value: string, lang: Lang): string {
  const d = parseDateOnly(value);
  if (!d) return value;
  const sameYear = d.getUTCFullYear() === new Date().getFullYear();
  if (!sameYear) return formatDateShort(value, lang);
  return lang === "ja"
    ? dateFormat(lang, "compact", {
        month: "numeric",
        day: "numeric",
        weekday: "short",
        timeZone: "UTC",
      }).format(d)
    : dateFormat(lang, "compact", { month: "short", day: "numeric", timeZone: "UTC" }).format(d);
}

/** Table cells: "11/21 10:23" / "Nov 21, 10:23 AM" within the current year, with the year otherwise. */
export function formatTimestampShort(value: string, lang: Lang): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { month: lang === "ja" ? "numeric" : "short", day: "numeric", hour: "numeric", minute: "2-digit" }
    : { year: "numeric", month: lang === "ja" ? "numeric" : "short", day: "numeric" };
  return dateFormat(lang, sameYear ? "ts-short" : "ts-short-year", options).format(d);
}
