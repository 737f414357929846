import "@mantine/dates/styles.css";
import { DateInput, type DateInputProps } from "@mantine/dates";
import "dayjs/locale/ja";
import { useTranslation } from "react-i18next";
import { useLang } from "../i18n/use-lang";

const pad = (n: string) => n.padStart(2, "0");

/** Accepts 2026-11-20, 2026/11/20, 2026/1/5, 20261120; returns "YYYY-MM-DD" or null. */
export function parseDateOnly(input: string): string | null {
  const s = input
    .trim()
    .replace(/[年月]/g, "/")
    .replace(/日.*$/, "");
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const value = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

/** A calendar date without time, typed or picked; the value is a "YYYY-MM-DD" string. */
export function DateOnlyInput(props: Omit<DateInputProps, "dateParser" | "valueFormat" | "locale">) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DateInput
      valueFormat="YYYY/MM/DD"
      dateParser={parseDateOnly}
      locale={lang}
      firstDayOfWeek={0}
      clearable
      placeholder={t("common.datePlaceholder")}
      {...props}
    />
  );
}
