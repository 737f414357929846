import { Group, SegmentedControl, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Period } from "../../../domain/periods";
import { useFormat } from "../../i18n/format";
import { currentPeriod, type PickableKind, periodChoices, pickableKinds } from "./period-options";

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(lang: "ja" | "en"): Intl.DateTimeFormat {
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "ja" ? "ja-JP" : "en-US", {
      year: "numeric",
      month: "long",
      timeZone: "UTC",
    });
    monthFormats.set(lang, format);
  }
  return format;
}

/** "2026年11月" / "November 2026", "FY2026 第3四半期" / "FY2026 Q3", "2026年度" / "FY2026", "11/16〜11/22の週". */
export function usePeriodLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (period: Period) => {
    switch (period.kind) {
      case "month":
        return monthFormat(f.lang).format(new Date(`${period.start}T00:00:00Z`));
      case "quarter": {
        const m = /^FY(\d{4})-Q(\d)$/.exec(period.label);
        return t("period.quarterLabel", { year: m?.[1], quarter: m?.[2] });
      }
      case "fiscal_year":
        return t("period.fiscalYearLabel", { year: period.label.slice(2) });
      case "week":
        return t("period.weekLabel", { start: f.dateCompact(period.start), end: f.dateCompact(period.end) });
      case "day":
        return f.date(period.start);
    }
  };
}

export function PeriodPicker({
  period,
  today,
  fyStart,
  onChange,
}: {
  period: Period;
  today: string;
  fyStart: number;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const kind = period.kind as PickableKind;
  const choices = periodChoices(kind, today, fyStart);
  const current = currentPeriod(kind, today, fyStart);
  const data = (choices.some((c) => c.label === period.label) ? choices : [period, ...choices]).map((p) => ({
    value: p.label,
    label: p.label === current.label ? t("period.current", { label: label(p) }) : label(p),
  }));
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <SegmentedControl
        data={pickableKinds.map((k) => ({ value: k, label: t(`period.kinds.${k}`) }))}
        value={kind}
        onChange={(value) => onChange(currentPeriod(value as PickableKind, today, fyStart).label)}
        aria-label={t("period.kind")}
        data-testid="period-kind"
      />
      <Select
        data={data}
        value={period.label}
        onChange={(value) => value && onChange(value)}
        allowDeselect={false}
        w={250}
        aria-label={t("period.label")}
        data-testid="period-select"
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
