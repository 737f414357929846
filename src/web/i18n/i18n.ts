import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import ja from "./ja.json";

export type Lang = "ja" | "en";
export const langStorageKey = "susumu.lang";

// Compile-time check that the English file has every key of the Japanese one.
const enResources: typeof ja = en;

function storedLang(): Lang {
  try {
    return localStorage.getItem(langStorageKey) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: enResources } },
  lng: storedLang(),
  fallbackLng: "ja",
  initAsync: false,
  interpolation: { escapeValue: false },
});

function applyLang(lng: string): void {
  document.documentElement.lang = lng;
}
applyLang(i18n.language);
i18n.on("languageChanged", (lng) => {
  applyLang(lng);
  try {
    localStorage.setItem(langStorageKey, lng);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
});

export function currentLang(): Lang {
  return i18n.language === "en" ? "en" : "ja";
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
}

export { i18n };
