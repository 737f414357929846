import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { KpiCadence, KpiTier, KpiUnit } from "../../../domain/kpi-catalogue";
import { type MedianMeasure, medianMeasures } from "../../../domain/metric-formula";
import { isApiError } from "../../api/client";
import type { KpiCreateBody } from "../../api/kpis";
import { useLocalizedName } from "../../i18n/use-lang";
import { OwnerSelect } from "../directory/pickers";
import { shortMetricLabel, useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions, useKpiMetrics } from "../kpis/use-kpi-definitions";
import { useCreateKpi } from "./use-kpi-settings";

type FormulaKind = "metric" | "ratio" | "median" | "mean";
const summaries: FormulaKind[] = ["median", "mean"];
const units: KpiUnit[] = ["count", "ratio", "yen", "days", "minutes", "score"];
const tiers: KpiTier[] = ["strategic", "tactical", "action"];
const cadences: KpiCadence[] = ["daily", "weekly", "monthly"];
const yenMetrics = ["wonAmount", "openPipelineAmount"];
const keyPattern = /^[a-z][a-zA-Z0-9]{1,49}$/;

/** The formula from pickers, never typed: one metric, a ratio of two, or the median or mean of a measure. */
function formulaOf(kind: FormulaKind, a: string | null, b: string | null): string | null {
  if (!a) return null;
  if (kind === "metric") return a;
  if (summaries.includes(kind)) return `${kind}(${a})`;
  return b ? `${a} / ${b}` : null;
}

function unitFor(kind: FormulaKind, a: string | null): KpiUnit {
  if (kind === "ratio") return "ratio";
  if (summaries.includes(kind))
    return a === "leadResponseMinutes" ? "minutes" : a === "handoffRating" ? "score" : "days";
  return a && yenMetrics.includes(a) ? "yen" : "count";
}

/** An org KPI composed from the base metrics (admins). */
export function NewKpiModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const text = useKpiText();
  const metrics = useKpiMetrics();
  const defs = useKpiDefinitions();
  const create = useCreateKpi();
  const [kind, setKind] = useState<FormulaKind>("ratio");
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const [unit, setUnit] = useState<KpiUnit>("ratio");
  const [fields, setFields] = useState({
    key: "",
    name: "",
    nameEn: "",
    description: "",
    descriptionEn: "",
    tier: "tactical" as KpiTier,
    cadence: "weekly" as KpiCadence,
    direction: "higher" as "higher" | "lower",
    ownerId: null as string | null,
  });
  const [submitted, setSubmitted] = useState(false);
  const formula = formulaOf(kind, a, b);
  const set = (patch: Partial<typeof fields>) => setFields((old) => ({ ...old, ...patch }));

  const isMeasure = (key: string) => medianMeasures.includes(key as MedianMeasure);
  const metricOptions = metrics.list
    .filter((m) => (summaries.includes(kind) ? isMeasure(m.key) : !isMeasure(m.key)))
    .map((m) => ({ value: m.key, label: shortMetricLabel(localized(m.label, m.labelEn)) }));
  const pick = (which: "a" | "b", value: string | null) => {
    const nextA = which === "a" ? value : a;
    if (which === "a") setA(value);
    else setB(value);
    setUnit(unitFor(kind, nextA));
  };

  const keyError = !fields.key
    ? t("validation.required")
    : !keyPattern.test(fields.key)
      ? t("kpiSettings.keyFormat")
      : defs.byKey.has(fields.key)
        ? t("kpiSettings.keyTaken")
        : null;
  const formulaError = isApiError(create.error, "FORMULA_INVALID") ? create.error.message : null;
  const otherError = create.error && !formulaError ? create.error.message : null;

  const submit = () => {
    setSubmitted(true);
    if (keyError || !fields.name.trim() || !formula) return;
    const body: KpiCreateBody = { ...fields, formula, unit, nameEn: fields.nameEn || fields.name };
    create.mutate(body, {
      onSuccess: (created) => {
        notifications.show({ color: "teal", message: t("kpiSettings.created", { name: created.name }) });
        onClose();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("kpiSettings.newTitle")} size="xl" centered>
      <Stack gap="md" data-testid="new-kpi-form">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t("kpiSettings.key")}
            placeholder={t("kpiSettings.keyHint")}
            value={fields.key}
            onChange={(e) => set({ key: e.currentTarget.value.trim() })}
            error={submitted ? keyError : null}
            required
            data-testid="new-kpi-key"
          />
          <TextInput
            label={t("kpiSettings.nameJa")}
            value={fields.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={submitted && !fields.name.trim() ? t("validation.required") : null}
            required
            maxLength={100}
            data-testid="new-kpi-name"
          />
          <TextInput
            label={t("kpiSettings.nameEn")}
            value={fields.nameEn}
            onChange={(e) => set({ nameEn: e.currentTarget.value })}
            maxLength={100}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t("kpi.formula")}
          </Text>
          <SegmentedControl
            data={(["metric", "ratio", "median", "mean"] as FormulaKind[]).map((k) => ({
              value: k,
              label: t(`kpiSettings.formulaKinds.${k}`),
            }))}
            value={kind}
            onChange={(value) => {
              const next = value as FormulaKind;
              setKind(next);
              setA(null);
              setB(null);
              setUnit(unitFor(next, null));
            }}
            data-testid="new-kpi-formula-kind"
          />
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <Select
              label={kind === "ratio" ? t("kpiSettings.numerator") : t("kpiSettings.metric")}
              data={metricOptions}
              value={a}
              onChange={(v) => pick("a", v)}
              searchable
              comboboxProps={{ withinPortal: true }}
              style={{ flex: 1 }}
              error={submitted && !a ? t("validation.required") : null}
              data-testid="new-kpi-metric-a"
            />
            {kind === "ratio" && (
              <>
                <Text fz="xl" pb={6}>
                  ÷
                </Text>
                <Select
                  label={t("kpiSettings.denominator")}
                  data={metricOptions.filter((o) => o.value !== a)}
                  value={b}
                  onChange={(v) => pick("b", v)}
                  searchable
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: 1 }}
                  error={submitted && !b ? t("validation.required") : null}
                  data-testid="new-kpi-metric-b"
                />
              </>
            )}
          </Group>
          {formula && (
            <Text size="sm" c="dimmed">
              {text.formula(formula, metrics.byKey)} <Code>{formula}</Code>
            </Text>
          )}
          {formulaError && (
            <Text size="sm" c="red.7">
              {formulaError}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={4} spacing="sm">
          <Select
            label={t("kpi.unit")}
            data={units.map((u) => ({ value: u, label: t(`kpi.units.${u}`) }))}
            value={unit}
            onChange={(v) => v && setUnit(v as KpiUnit)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("kpi.tier")}
            data={tiers.map((x) => ({ value: x, label: t(`kpi.tiers.${x}`) }))}
            value={fields.tier}
            onChange={(v) => v && set({ tier: v as KpiTier })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("kpi.cadence")}
            data={cadences.map((x) => ({ value: x, label: t(`kpi.cadences.${x}`) }))}
            value={fields.cadence}
            onChange={(v) => v && set({ cadence: v as KpiCadence })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("kpi.direction")}
            data={(["higher", "lower"] as const).map((x) => ({ value: x, label: t(`kpi.directions.${x}`) }))}
            value={fields.direction}
            onChange={(v) => v && set({ direction: v as "higher" | "lower" })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <OwnerSelect
          label={t("kpi.owner")}
          placeholder={t("common.notSet")}
          value={fields.ownerId}
          onChange={(ownerId) => set({ ownerId })}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Textarea
            label={t("kpiSettings.descriptionJa")}
            value={fields.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={1000}
          />
          <Textarea
            label={t("kpiSettings.descriptionEn")}
            value={fields.descriptionEn}
            onChange={(e) => set({ descriptionEn: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={1000}
          />
        </SimpleGrid>
        {otherError && (
          <Alert color="red" variant="light">
            {otherError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={create.isPending} data-testid="new-kpi-save">
            {t("kpiSettings.create")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
