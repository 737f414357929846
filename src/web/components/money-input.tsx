import { NumberInput, type NumberInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Integer yen with thousands separators. */
export function MoneyInput(props: NumberInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      thousandSeparator=","
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={1e14}
      hideControls
      rightSection={
        <span style={{ fontSize: "var(--mantine-font-size-sm)", color: "var(--mantine-color-dimmed)" }}>
          {t("common.yenUnit")}
        </span>
      }
      rightSectionWidth={40}
      {...props}
    />
  );
}
