import { ActionIcon, Badge, Group, NumberInput, Stack, Text, Tooltip } from "@mantine/core";
import { IconAlertTriangle, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanRateKey, PlanResponse } from "../../api/kpi-tree";
import { MoneyInput } from "../../components/money-input";
import { useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions, useKpiMetrics } from "../kpis/use-kpi-definitions";

type Rate = PlanResponse["rates"][number];

/**
 * One rate of the 逆算: the scope's own history (median of the lookback months, with the sample
 * behind it) unless the user types another value. While typing, the field keeps what was typed.
 */
export function PlanRateInput({
  rateKey,
  rate,
  override,
  lookbackMonths,
  error,
  onChange,
}: {
  rateKey: PlanRateKey;
  rate: Rate | undefined;
  override: number | undefined;
  lookbackMonths: number;
  error: string | null;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const metrics = useKpiMetrics();
  const [draft, setDraft] = useState<string | number | null>(null);
  const isMoney = rateKey === "averageDealSize";
  // A share of 0 is meaningful (no email branch); a rate of 0 is not.
  const zeroAllowed = rateKey === "emailShare";
  const current = override ?? rate?.value ?? null;
  const shown = current === null ? "" : isMoney ? Math.round(current) : Math.round(current * 1000) / 10;
  const def = defs.byKey.get(rateKey);

  /** The typed text applies as soon as it is a usable number; anything else waits (and is flagged). */
  const parse = (value: string | number | null): number | null => {
    if (value === "" || value === null) return null;
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed)) return null;
    if (isMoney) return Math.round(n);
    return n <= 100 ? Math.round(n * 10) / 1000 : null;
  };
  const commit = (value: string | number) => {
    setDraft(value);
    const parsed = parse(value);
    if (parsed !== null) onChange(parsed);
  };
  const invalid = draft !== null && draft !== "" && parse(draft) === null;
  const common = {
    label: t(`plan.rates.${rateKey}`),
    description:
      rateKey === "emailShare"
        ? t("plan.emailShareHint")
        : def
          ? text.formula(def.formula, metrics.byKey)
          : undefined,
    value: draft ?? shown,
    onChange: commit,
    onBlur: () => {
      // An emptied field goes back to the history value.
      if (draft === "") onChange(undefined);
      setDraft(null);
    },
    error: invalid ? t(isMoney ? "plan.invalidAmount" : "plan.invalidRate") : error,
    clampBehavior: "none" as const,
    "data-testid": `plan-rate-${rateKey}`,
  };

  const source =
    override !== undefined || rate?.source === "override"
      ? t("plan.source.override")
      : rate
        ? rate.value === null
          ? t("plan.source.none", { lookback: lookbackMonths })
          : t("plan.source.history", { months: rate.months, n: text.f.number(rate.sampleSize) })
        : "";

  return (
    <Stack gap={4}>
      {isMoney ? (
        <MoneyInput {...common} />
      ) : (
        <NumberInput
          {...common}
          decimalScale={1}
          min={zeroAllowed ? 0 : 0.1}
          max={100}
          step={0.5}
          allowNegative={false}
          hideControls
          rightSection={
            <Text size="sm" c="dimmed">
              %
            </Text>
          }
        />
      )}
      <Group gap={6} wrap="nowrap" mih={22}>
        <Text
          size="xs"
          c={override !== undefined ? "blue.7" : "dimmed"}
          data-testid={`plan-rate-source-${rateKey}`}
        >
          {source}
        </Text>
        {override !== undefined && (
          <Tooltip label={t("plan.resetRate")}>
            <ActionIcon
              size="sm"
              variant="subtle"
              onClick={() => {
                setDraft(null);
                onChange(undefined);
              }}
              aria-label={t("plan.resetRate")}
              data-testid={`plan-rate-reset-${rateKey}`}
            >
              <IconRestore size={14} />
            </ActionIcon>
          </Tooltip>
        )}
        {override === undefined && rate?.warning && (
          <Badge
            size="xs"
            color={rate.warning === "no_data" ? "red" : "orange"}
            variant="light"
            leftSection={<IconAlertTriangle size={10} />}
            data-testid={`plan-rate-warning-${rateKey}`}
          >
            {t(`plan.warnings.${rate.warning}`)}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
