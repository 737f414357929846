import {
  Alert,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconCalculator, IconInfoCircle } from "@tabler/icons-react";
import type { Dispatch } from "react";
import { useTranslation } from "react-i18next";
import type { PlanRateKey, PlanResponse } from "../../api/kpi-tree";
import type { Target } from "../../api/targets";
import { MoneyInput } from "../../components/money-input";
import { useFormat } from "../../i18n/format";
import { PlanAllocationTable } from "./plan-allocation-table";
import { PlanChain } from "./plan-chain";
import { PlanRateInput } from "./plan-rate-input";
import { type KgiMetric, type PlanInputs, unusableRate, type usePlan } from "./use-plan";

const rateKeys: PlanRateKey[] = [
  "averageDealSize",
  "winRate",
  "meetingSetRate",
  "effectiveContactRate",
  "emailShare",
  "emailReplyRate",
];
const lookbacks = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * 逆算 (SPEC C3, seed 002): from the KGI back to the calls of each business day. The rates default to
 * the scope's own history and may be overridden; the plan follows every change.
 */
export function PlanPanel({
  inputs,
  setInputs,
  plan,
  kgiTarget,
}: {
  inputs: PlanInputs;
  setInputs: Dispatch<(old: PlanInputs) => PlanInputs>;
  plan: ReturnType<typeof usePlan>;
  kgiTarget: Target | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const unusable = plan.isError ? unusableRate(plan.error) : null;
  const data: PlanResponse | undefined = plan.isError ? undefined : plan.data;
  const rates = data?.rates ?? unusable?.rates ?? [];
  const busy = plan.isFetching || plan.pendingInput;
  const otherError = plan.isError && !unusable ? plan.error : null;
  const set = (patch: Partial<PlanInputs>) => setInputs((old) => ({ ...old, ...patch }));

  const kgiProps = {
    label: t("plan.kgiValue"),
    value: inputs.kgiValue ?? "",
    onChange: (value: string | number) =>
      set({ kgiValue: value === "" ? null : Number(value), kgiTouched: true }),
    description: kgiTarget
      ? t("plan.kgiFromTarget", {
          value: inputs.kgiMetric === "revenue" ? f.yen(kgiTarget.value) : f.number(kgiTarget.value),
        })
      : t("plan.kgiNoTarget"),
    "data-testid": "plan-kgi-value",
  };

  return (
    <Paper withBorder p="md" data-testid="plan-panel">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap={8}>
          <IconCalculator size={20} color="var(--mantine-color-blue-7)" />
          <Title order={3} fz="md">
            {t("plan.title")}
          </Title>
          {busy && <Loader size="xs" />}
        </Group>
        <Text size="xs" c="dimmed">
          {data ? t("plan.businessDays", { count: data.businessDays }) : t("plan.hint")}
        </Text>
      </Group>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("plan.kgi")}
            </Text>
            <SegmentedControl
              data={(["revenue", "wins"] as KgiMetric[]).map((m) => ({
                value: m,
                label: t(`plan.metrics.${m}`),
              }))}
              value={inputs.kgiMetric}
              onChange={(value) => set({ kgiMetric: value as KgiMetric, kgiValue: null, kgiTouched: false })}
              data-testid="plan-kgi-metric"
            />
          </Stack>
          {inputs.kgiMetric === "revenue" ? (
            <MoneyInput {...kgiProps} />
          ) : (
            <NumberInput {...kgiProps} allowDecimal={false} allowNegative={false} min={1} hideControls />
          )}
          <Select
            label={t("plan.lookback")}
            description={t("plan.lookbackHint")}
            data={lookbacks.map((m) => ({ value: String(m), label: t("plan.months", { count: m }) }))}
            value={String(inputs.lookbackMonths)}
            onChange={(value) => value && set({ lookbackMonths: Number(value) })}
            allowDeselect={false}
            data-testid="plan-lookback"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {rateKeys
            .filter((key) => key !== "averageDealSize" || inputs.kgiMetric === "revenue")
            .map((key) => (
              <PlanRateInput
                key={key}
                rateKey={key}
                rate={rates.find((r) => r.key === key)}
                override={inputs.overrides[key]}
                lookbackMonths={inputs.lookbackMonths}
                error={unusable?.rate === key ? t("plan.rateUnusable") : null}
                onChange={(value) =>
                  setInputs((old) => {
                    const overrides = { ...old.overrides };
                    if (value === undefined) delete overrides[key];
                    else overrides[key] = value;
                    return { ...old, overrides };
                  })
                }
              />
            ))}
        </SimpleGrid>
        {!inputs.kgiValue && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
            {t("plan.enterKgi")}
          </Alert>
        )}
        {otherError && (
          <Alert color="red" variant="light" data-testid="plan-error">
            {otherError.message}
          </Alert>
        )}
        {unusable && (
          <Alert color="orange" variant="light" data-testid="plan-error">
            {t("plan.unusable", { rate: t(`plan.rates.${unusable.rate}`) })}
          </Alert>
        )}
        {data && inputs.kgiValue ? (
          <Stack gap="md" opacity={busy ? 0.6 : 1}>
            <PlanChain plan={data} />
            <div>
              <Title order={4} fz="sm" mb={6}>
                {t("plan.allocationTitle")}
              </Title>
              <PlanAllocationTable plan={data} />
            </div>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
