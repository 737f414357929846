import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Lang } from "./i18n";

/** The current UI language; components using it re-render on a switch. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "ja";
}

/** Picks the English name of a record (team, user, stage) when the UI is in English and one exists. */
export function useLocalizedName(): (name: string, nameEn: string | null | undefined) => string {
  const lang = useLang();
  return useCallback((name, nameEn) => (lang === "en" && nameEn ? nameEn : name), [lang]);
}
