import { NumberInput, type NumberInputProps, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { KpiUnit } from "../../../domain/kpi-catalogue";
import { MoneyInput } from "../../components/money-input";

/** A KPI's number as typed: yen, a count, a rate in percent (stored 0-1), days or minutes. */
export function KpiValueInput({
  unit,
  value,
  onChange,
  ...rest
}: Omit<NumberInputProps, "value" | "onChange"> & {
  unit: KpiUnit;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation();
  const toNumber = (v: string | number) => (v === "" ? null : Number(v));
  if (unit === "yen") {
    return <MoneyInput value={value ?? ""} onChange={(v) => onChange(toNumber(v))} {...rest} />;
  }
  if (unit === "ratio") {
    return (
      <NumberInput
        value={value === null ? "" : Math.round(value * 1000) / 10}
        onChange={(v) => {
          const n = toNumber(v);
          onChange(n === null ? null : Math.round(n * 10) / 1000);
        }}
        decimalScale={1}
        min={0}
        max={100}
        allowNegative={false}
        hideControls
        rightSection={
          <Text size="sm" c="dimmed">
            %
          </Text>
        }
        {...rest}
      />
    );
  }
  return (
    <NumberInput
      value={value ?? ""}
      onChange={(v) => onChange(toNumber(v))}
      allowDecimal={unit !== "count"}
      decimalScale={1}
      min={0}
      allowNegative={false}
      thousandSeparator=","
      hideControls
      rightSection={
        <Text size="sm" c="dimmed">
          {t(`kpi.unitSuffix.${unit}`)}
        </Text>
      }
      rightSectionWidth={40}
      {...rest}
    />
  );
}
