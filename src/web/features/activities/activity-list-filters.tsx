import { Button, Group, Select } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../contract/auth";
import { DateOnlyInput } from "../../components/date-only-input";
import { defaultScope, KpiScopePicker } from "../kpi-tree/kpi-scope-picker";
import { activityKinds, isActivityKind, isActivityMetric, outcomeLabel, outcomesOf } from "./activity-labels";

export type ActivityFilterValues = {
  scope?: string;
  from?: string;
  to?: string;
  kind?: string;
  outcome?: string;
  /** A base metric a dashboard figure counts (set by its link). */
  metric?: string;
  dealId?: string;
};

type Patch = Partial<Record<keyof ActivityFilterValues, string | null>>;

/** Whose activities (a manager picks the team or person), which days, which kind and outcome. */
export function ActivityListFilters({
  me,
  values,
  onChange,
}: {
  me: Me;
  values: ActivityFilterValues;
  onChange: (patch: Patch) => void;
}) {
  const { t } = useTranslation();
  const kind = isActivityKind(values.kind) ? values.kind : null;
  const any = Object.values(values).some(Boolean);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {me.role !== "member" && (
        <KpiScopePicker
          me={me}
          scope={values.scope ?? defaultScope(me)}
          onChange={(scope) => onChange({ scope })}
        />
      )}
      <DateOnlyInput
        label={t("activities.filters.from")}
        value={values.from ?? null}
        onChange={(value) => onChange({ from: value })}
        w={150}
        data-testid="activities-from"
      />
      <DateOnlyInput
        label={t("activities.filters.to")}
        value={values.to ?? null}
        onChange={(value) => onChange({ to: value })}
        w={150}
        data-testid="activities-to"
      />
      <Select
        label={t("activities.columns.kind")}
        placeholder={t("activities.filters.allKinds")}
        data={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
        value={kind}
        onChange={(value) => onChange({ kind: value, outcome: null })}
        clearable
        w={170}
        data-testid="activities-kind"
      />
      <Select
        label={t("activities.columns.outcome")}
        placeholder={t("activities.filters.allOutcomes")}
        data={outcomesOf(kind).map((o) => ({ value: o, label: outcomeLabel(t, o) }))}
        value={values.outcome ?? null}
        onChange={(value) => onChange({ outcome: value })}
        clearable
        w={170}
        disabled={kind === "other"}
        data-testid="activities-outcome"
      />
      {isActivityMetric(values.metric) && (
        <Button
          variant="light"
          color="gray"
          rightSection={<IconX size={14} />}
          onClick={() => onChange({ metric: null })}
          data-testid="activities-metric-filter"
        >
          {t(`activities.metrics.${values.metric}`)}
        </Button>
      )}
      {values.dealId && (
        <Button
          variant="light"
          color="gray"
          rightSection={<IconX size={14} />}
          onClick={() => onChange({ dealId: null })}
          data-testid="activities-deal-filter"
        >
          {t("activities.filters.oneDeal")}
        </Button>
      )}
      {any && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={() =>
            onChange({
              scope: null,
              from: null,
              to: null,
              kind: null,
              outcome: null,
              metric: null,
              dealId: null,
            })
          }
          data-testid="activities-clear"
        >
          {t("filters.clear")}
        </Button>
      )}
    </Group>
  );
}
