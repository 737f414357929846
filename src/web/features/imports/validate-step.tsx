import { Alert, Button, Group, Stack } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { defaultPipeline, sortedStages, usePipelines, useUsers } from "../directory/use-directory";
import { mappingKey, type WizardState } from "./import-wizard-state";
import { RunCounts } from "./run-counts";
import { RunErrorsTable } from "./run-errors-table";
import { RunOutcome } from "./run-outcome";
import { isRunning, useImportRun } from "./use-imports";
import { ValueMappingTable } from "./value-mapping-table";

/** The unknown values of the run first, then the ones answered before (they no longer show as unknown). */
const valuesToMap = (unknown: string[] | undefined, mapped: Record<string, string>) => [
  ...new Set([...(unknown ?? []), ...Object.keys(mapped)]),
];

/** Step 3: the dry run's report, the answers for unknown stages and owners, and 再検証. */
export function ValidateStep({
  state,
  onChange,
  onBack,
  onRevalidate,
  revalidating,
  error,
  onNext,
}: {
  state: WizardState;
  onChange: (patch: Partial<WizardState>) => void;
  onBack: () => void;
  onRevalidate: () => void;
  revalidating: boolean;
  error: Error | null;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const run = useImportRun(state.dryRunId);
  const pipelines = usePipelines();
  const users = useUsers();
  const data = run.data;
  const finished = data?.status === "done";
  const stale = finished && state.dryRunMapping !== mappingKey(state);
  const canApply = finished && !stale && data.counts.invalid === 0 && data.counts.rows > 0;

  const pipeline = pipelines.data?.find((p) => p.id === state.pipelineId) ?? defaultPipeline(pipelines.data);
  const stageOptions = sortedStages(pipeline).map((s) => ({
    value: s.id,
    label: localized(s.name, s.nameEn),
  }));
  const userOptions = (users.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ value: u.id, label: `${localized(u.name, u.nameEn)} (${u.email})` }));
  const stageValues = finished ? valuesToMap(data.unknownValues.stage, state.stages) : [];
  const ownerValues = finished ? valuesToMap(data.unknownValues.owner, state.owners) : [];

  return (
    <Stack gap="md" data-testid="import-validate-step">
      <RunOutcome
        run={run}
        doneMessage={(r) =>
          r.counts.invalid === 0
            ? { ok: true, text: t("imports.dryRunOk") }
            : {
                ok: false,
                text: t("imports.dryRunErrors", {
                  count: r.counts.invalid,
                  value: f.number(r.counts.invalid),
                }),
              }
        }
      />
      {data && !isRunning(data) && data.status === "done" && <RunCounts run={data} />}
      <ValueMappingTable
        title={t("imports.stageMapping")}
        hint={t("imports.stageMappingHint", {
          pipeline: pipeline ? localized(pipeline.name, pipeline.nameEn) : "",
        })}
        targetLabel={t("imports.stage")}
        values={stageValues}
        mapped={state.stages}
        options={stageOptions}
        placeholder={t("imports.chooseStage")}
        onChange={(stages) => onChange({ stages })}
        testId="import-stage-mapping"
      />
      <ValueMappingTable
        title={t("imports.ownerMapping")}
        hint={t("imports.ownerMappingHint")}
        targetLabel={t("imports.owner")}
        values={ownerValues}
        mapped={state.owners}
        options={userOptions}
        placeholder={t("imports.ownerSelf")}
        onChange={(owners) => onChange({ owners })}
        testId="import-owner-mapping"
      />
      {data && finished && <RunErrorsTable run={data} />}
      {stale && (
        <Alert color="orange" data-testid="import-mapping-changed">
          {t("imports.mappingChanged")}
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="import-start-error">
          {error.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={isRunning(data)}>
          {t("imports.back")}
        </Button>
        <Group gap="sm">
          <Button
            variant={canApply ? "default" : "filled"}
            leftSection={<IconRefresh size={16} />}
            onClick={onRevalidate}
            disabled={isRunning(data)}
            loading={revalidating}
            data-testid="import-revalidate"
          >
            {t("imports.revalidate")}
          </Button>
          <Button onClick={onNext} disabled={!canApply} data-testid="import-to-apply">
            {t("imports.toApply")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
