import { Checkbox, NumberInput, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AlertKind } from "../../../domain/alerts/alert-params";
import { useLocalizedName } from "../../i18n/use-lang";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import type { ParamField } from "./alert-rule-params";

/** One threshold of a rule, edited in the unit people think in (days, minutes, percent, a KPI). */
export function AlertParamInput({
  kind,
  field,
  value,
  onChange,
}: {
  kind: AlertKind;
  field: ParamField;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const { t } = useTranslation();
  const kpis = useKpiDefinitions();
  const localized = useLocalizedName();
  const label = t(`alerts.params.${kind}.${field.key}` as "alerts.params.deal_stale.days");
  const testId = `rule-param-${field.key}`;
  switch (field.type) {
    case "int":
      return (
        <NumberInput
          label={label}
          value={typeof value === "number" ? value : ""}
          onChange={(v) => onChange(typeof v === "number" ? v : null)}
          min={field.min}
          max={field.max}
          allowDecimal={false}
          data-testid={testId}
        />
      );
    case "intOrNull":
      return (
        <Stack gap={6}>
          <Checkbox
            label={t(`alerts.params.${kind}.useDefault` as "alerts.params.deal_stale.useDefault")}
            checked={value === null}
            onChange={(e) => onChange(e.currentTarget.checked ? null : field.fallback)}
          />
          {value !== null && (
            <NumberInput
              label={label}
              value={typeof value === "number" ? value : ""}
              onChange={(v) => onChange(typeof v === "number" ? v : field.fallback)}
              min={field.min}
              max={field.max}
              allowDecimal={false}
              data-testid={testId}
            />
          )}
        </Stack>
      );
    case "share":
      return (
        <NumberInput
          label={label}
          value={typeof value === "number" ? Math.round(value * 1000) / 10 : ""}
          onChange={(v) => onChange(typeof v === "number" ? v / 100 : 0)}
          min={0}
          max={field.max}
          decimalScale={1}
          suffix="%"
          data-testid={testId}
        />
      );
    case "kpi":
      return (
        <Select
          label={label}
          data={kpis.list
            .filter((k) => k.unit === "count" || k.unit === "yen" || kind === "kpi_below_minimum")
            .map((k) => ({ value: k.key, label: localized(k.name, k.nameEn) }))}
          value={typeof value === "string" ? value : null}
          onChange={(v) => v && onChange(v)}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t("common.nothingFound")}
          comboboxProps={{ withinPortal: true }}
          data-testid={testId}
        />
      );
    case "enum":
      return (
        <Select
          label={label}
          data={field.options.map((o) => ({
            value: o,
            label: t(`alerts.periodKinds.${o}` as "alerts.periodKinds.week"),
          }))}
          value={typeof value === "string" ? value : null}
          onChange={(v) => v && onChange(v)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid={testId}
        />
      );
  }
}
