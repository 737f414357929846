// The inside-sales settings as the form holds them, their checks (the contract's limits), and the body.
import type { TFunction } from "i18next";
import type { InsideSalesSettings } from "../../api/leads";

type Row = {
  key: string;
  label: string;
  labelEn: string /** Loaded from the server: the key is fixed. */;
  saved: boolean;
};

export type SettingsFormValues = {
  slaMinutes: number | string;
  start: string;
  end: string;
  ratingDays: number | string;
  channels: Row[];
  disqualifyReasons: Row[];
};

const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toFormValues(s: InsideSalesSettings): SettingsFormValues {
  const rows = (list: InsideSalesSettings["channels"]) => list.map((i) => ({ ...i, saved: true }));
  return {
    slaMinutes: s.slaMinutes,
    start: s.businessHours.start,
    end: s.businessHours.end,
    ratingDays: s.ratingDays,
    channels: rows(s.channels),
    disqualifyReasons: rows(s.disqualifyReasons),
  };
}

export function toBody(v: SettingsFormValues): InsideSalesSettings {
  const items = (rows: Row[]) =>
    rows.map((r) => ({ key: r.key.trim(), label: r.label.trim(), labelEn: r.labelEn.trim() }));
  return {
    slaMinutes: Number(v.slaMinutes),
    businessHours: { start: v.start, end: v.end },
    ratingDays: Number(v.ratingDays),
    channels: items(v.channels),
    disqualifyReasons: items(v.disqualifyReasons),
  };
}

const intIn = (t: TFunction, min: number, max: number) => (v: number | string) => {
  const n = Number(v);
  return v === "" || !Number.isInteger(n) || n < min || n > max
    ? t("insideSalesSettings.invalid.range", { min, max })
    : null;
};

const rowChecks = (t: TFunction) => ({
  key: (value: string, values: SettingsFormValues, path: string) => {
    const list = path.startsWith("channels") ? values.channels : values.disqualifyReasons;
    const key = value.trim();
    if (!keyPattern.test(key)) return t("insideSalesSettings.invalid.key");
    return list.filter((r) => r.key.trim() === key).length > 1
      ? t("insideSalesSettings.invalid.duplicate")
      : null;
  },
  label: (value: string) =>
    value.trim() === ""
      ? t("validation.required")
      : value.trim().length > 60
        ? t("validation.tooLong", { max: 60 })
        : null,
  labelEn: (value: string) =>
    value.trim() === ""
      ? t("validation.required")
      : value.trim().length > 60
        ? t("validation.tooLong", { max: 60 })
        : null,
});

export const settingsValidators = (t: TFunction) => ({
  slaMinutes: intIn(t, 1, 10_080),
  ratingDays: intIn(t, 1, 60),
  start: (v: string) => (clockPattern.test(v) ? null : t("insideSalesSettings.invalid.clock")),
  end: (v: string, values: SettingsFormValues) =>
    !clockPattern.test(v)
      ? t("insideSalesSettings.invalid.clock")
      : v <= values.start
        ? t("insideSalesSettings.invalid.hours")
        : null,
  channels: rowChecks(t),
  disqualifyReasons: rowChecks(t),
});
