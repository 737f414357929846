import { Button, Group, Select, Switch, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { OwnerSelect, PipelineSelect, StageSelect, TeamSelect } from "../directory/pickers";
import { sortedStages, usePipelines } from "../directory/use-directory";

export type DealFilterValues = {
  /** The dashboard scope a link came from ("team:<id>" with its sub-teams, or "user:<id>"). */
  scope?: string;
  pipelineId?: string;
  stageId?: string;
  status?: string;
  teamId?: string;
  ownerId?: string;
  /** "true": only stale open deals. */
  stale?: string;
  q?: string;
  /** The deals one import created or updated (the import page links here). */
  importId?: string;
  /** Date ranges the dashboard links with ("YYYY-MM-DD"): closed on, expected to close on. */
  closedFrom?: string;
  closedTo?: string;
  expectedCloseFrom?: string;
  expectedCloseTo?: string;
};

/** A date range filter set by a link (the dashboard's figures), shown as a chip that clears it. */
function RangeChip({
  label,
  from,
  to,
  onClear,
  testId,
}: {
  label: string;
  from?: string;
  to?: string;
  onClear: () => void;
  testId: string;
}) {
  const f = useFormat();
  if (!from && !to) return null;
  return (
    <Button
      variant="light"
      color="gray"
      rightSection={<IconX size={14} />}
      onClick={onClear}
      mb={2}
      data-testid={testId}
    >
      {label}: {from ? f.dateShort(from) : ""}〜{to ? f.dateShort(to) : ""}
    </Button>
  );
}

export function DealListFilters({
  values,
  onChange,
}: {
  values: DealFilterValues;
  onChange: (patch: Partial<Record<keyof DealFilterValues, string | null>>) => void;
}) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const pipeline = pipelines.data?.find((p) => p.id === values.pipelineId);
  const [q, setQ] = useState(values.q ?? "");
  useEffect(() => setQ(values.q ?? ""), [values.q]);
  const commitQ = useDebouncedCallback((value: string) => onChange({ q: value }), 300);
  const any = Object.values(values).some(Boolean);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t("common.search")}
        placeholder={t("deals.searchPlaceholder")}
        leftSection={<IconSearch size={15} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          commitQ(e.currentTarget.value);
        }}
        w={220}
        data-testid="deals-search"
      />
      <PipelineSelect
        value={values.pipelineId ?? null}
        onChange={(pipelineId) => onChange({ pipelineId, stageId: null })}
        placeholder={t("filters.allPipelines")}
        allowDeselect
        clearable
        w={180}
        data-testid="deals-pipeline-select"
      />
      <StageSelect
        stages={sortedStages(pipeline)}
        value={values.stageId ?? null}
        onChange={(stageId) => onChange({ stageId })}
        placeholder={pipeline ? t("filters.allStages") : t("filters.choosePipelineFirst")}
        disabled={!pipeline}
        clearable
        w={180}
        data-testid="deals-stage-select"
      />
      <Select
        label={t("fields.status")}
        placeholder={t("filters.allStatuses")}
        data={(["open", "won", "lost"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={values.status ?? null}
        onChange={(status) => onChange({ status })}
        clearable
        w={130}
        data-testid="deals-status-select"
      />
      <TeamSelect
        value={values.teamId ?? null}
        onChange={(teamId) => onChange({ teamId, ownerId: null })}
        w={180}
        data-testid="deals-team-select"
      />
      <OwnerSelect
        value={values.ownerId ?? null}
        teamId={values.teamId}
        onChange={(ownerId) => onChange({ ownerId })}
        w={160}
        data-testid="deals-owner-select"
      />
      <Switch
        label={t("stale.only")}
        checked={values.stale === "true"}
        onChange={(e) => onChange({ stale: e.currentTarget.checked ? "true" : null })}
        color="orange"
        mb={8}
        data-testid="deals-stale-only"
      />
      {values.scope && (
        <Button
          variant="light"
          color="gray"
          rightSection={<IconX size={14} />}
          onClick={() => onChange({ scope: null })}
          mb={2}
          data-testid="deals-scope-chip"
        >
          {t("filters.dashboardScope")}
        </Button>
      )}
      <RangeChip
        label={t("filters.closedRange")}
        from={values.closedFrom}
        to={values.closedTo}
        onClear={() => onChange({ closedFrom: null, closedTo: null })}
        testId="deals-closed-range"
      />
      <RangeChip
        label={t("filters.expectedCloseRange")}
        from={values.expectedCloseFrom}
        to={values.expectedCloseTo}
        onClear={() => onChange({ expectedCloseFrom: null, expectedCloseTo: null })}
        testId="deals-expected-close-range"
      />
      {any && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={() =>
            onChange({
              scope: null,
              pipelineId: null,
              stageId: null,
              status: null,
              teamId: null,
              ownerId: null,
              stale: null,
              q: null,
              importId: null,
              closedFrom: null,
              closedTo: null,
              expectedCloseFrom: null,
              expectedCloseTo: null,
            })
          }
        >
          {t("filters.clear")}
        </Button>
      )}
    </Group>
  );
}
