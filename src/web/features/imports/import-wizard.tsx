import { Paper, Stepper } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SavedMapping } from "../../../contract/imports";
import { type ImportEncoding, importKeys } from "../../api/imports";
import { defaultPipeline, usePipelines } from "../directory/use-directory";
import { ApplyStep } from "./apply-step";
import { FileStep } from "./file-step";
import {
  type ImportStep,
  initialWizard,
  mappingKey,
  prefillColumns,
  toMapping,
  type WizardState,
} from "./import-wizard-state";
import { MappingStep } from "./mapping-step";
import { useImportRun, usePreviewImport, useStartImport } from "./use-imports";
import { ValidateStep } from "./validate-step";

// A choice on the first step makes the preview, the mapping and every run after it out of date.
const resetAfterFile: Partial<WizardState> = {
  preview: null,
  encoding: null,
  columns: {},
  stages: {},
  owners: {},
  dryRunId: null,
  dryRunMapping: null,
  applyRunId: null,
};

/** The encoding the preview read a CSV with; the run reads it the same way. */
const csvEncoding = (s: WizardState) => (s.preview?.fileFormat === "csv" ? s.preview.encoding : undefined);

/** ファイル選択 → 列の対応付け → 検証 → 取り込み実行. */
export function ImportWizard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pipelines = usePipelines();
  const [state, setState] = useState<WizardState>(initialWizard);
  const patch = (next: Partial<WizardState>) => setState((s) => ({ ...s, ...next }));
  const preview = usePreviewImport();
  const start = useStartImport();
  const applied = useImportRun(state.applyRunId).data?.status === "done";
  // A new step starts at its top, even when the last one was scrolled far down (the column table).
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step > 0 && (top.current?.getBoundingClientRect().top ?? 0) < 0) top.current?.scrollIntoView();
  }, [state.step]);

  const upload = (s: WizardState) => ({ file: s.file as File, kind: s.kind, preset: s.preset });

  const runPreview = (encoding: ImportEncoding | null) => {
    if (!state.file) return;
    const saved = queryClient
      .getQueryData<SavedMapping[]>(importKeys.mappings(state.kind))
      ?.find((m) => m.id === state.savedMappingId);
    preview.mutate(
      { ...upload(state), encoding },
      {
        onSuccess: (result) =>
          setState((s) => {
            // The same file read again (another encoding, or back and forth) keeps what the user mapped.
            const again = s.preview !== null;
            const pipelineId =
              saved?.mapping.pipelineId ?? s.pipelineId ?? defaultPipeline(pipelines.data)?.id ?? null;
            return {
              ...s,
              step: 1,
              encoding,
              preview: result,
              columns: again ? s.columns : prefillColumns(result, saved),
              pipelineId,
              stages: again ? s.stages : (saved?.mapping.stages ?? {}),
              owners: again ? s.owners : (saved?.mapping.owners ?? {}),
            };
          }),
      },
    );
  };

  const runImport = (dryRun: boolean) => {
    if (!state.file) return;
    const mapping = toMapping(state);
    start.mutate(
      { ...upload(state), encoding: csvEncoding(state), mapping, dryRun },
      {
        onSuccess: (run) =>
          dryRun
            ? patch({ step: 2, dryRunId: run.id, dryRunMapping: mappingKey(state), applyRunId: null })
            : patch({ applyRunId: run.id }),
      },
    );
  };

  const change = (next: Partial<WizardState>) => {
    const fileChoice = "kind" in next || "preset" in next || "file" in next || "savedMappingId" in next;
    patch(fileChoice ? { ...resetAfterFile, ...next } : next);
  };
  const goTo = (step: ImportStep) => {
    start.reset();
    patch({ step });
  };

  return (
    <Paper withBorder p="md" mb="lg" ref={top} style={{ scrollMarginTop: 72 }} data-testid="import-wizard">
      <Stepper
        active={applied ? 4 : state.step}
        onStepClick={(step) => step < state.step && state.applyRunId === null && goTo(step as ImportStep)}
        size="sm"
        mb="lg"
        data-testid="import-stepper"
      >
        <Stepper.Step label={t("imports.steps.file")} description={t("imports.steps.fileHint")} />
        <Stepper.Step label={t("imports.steps.mapping")} description={t("imports.steps.mappingHint")} />
        <Stepper.Step label={t("imports.steps.validate")} description={t("imports.steps.validateHint")} />
        <Stepper.Step label={t("imports.steps.apply")} description={t("imports.steps.applyHint")} />
      </Stepper>
      {state.step === 0 && (
        <FileStep
          state={state}
          onChange={change}
          onPreview={() => runPreview(state.encoding)}
          previewing={preview.isPending}
          error={preview.error}
        />
      )}
      {state.step === 1 && (
        <MappingStep
          state={state}
          onChange={patch}
          onEncodingChange={(encoding) => runPreview(encoding)}
          reloading={preview.isPending}
          onBack={() => goTo(0)}
          onValidate={() => runImport(true)}
          validating={start.isPending}
          error={start.error ?? preview.error}
        />
      )}
      {state.step === 2 && (
        <ValidateStep
          state={state}
          onChange={patch}
          onBack={() => goTo(1)}
          onRevalidate={() => runImport(true)}
          revalidating={start.isPending}
          error={start.error}
          onNext={() => goTo(3)}
        />
      )}
      {state.step === 3 && (
        <ApplyStep
          state={state}
          onApply={() => runImport(false)}
          applying={start.isPending}
          error={start.error}
          onBack={() => goTo(2)}
          onStartOver={() => {
            start.reset();
            preview.reset();
            setState({ ...initialWizard, kind: state.kind, preset: state.preset });
          }}
        />
      )}
    </Paper>
  );
}
