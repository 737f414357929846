import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportEncoding } from "../../api/imports";
import { useLocalizedName } from "../../i18n/use-lang";
import { PipelineSelect } from "../directory/pickers";
import { ColumnMappingTable } from "./column-mapping-table";
import { FileSummary } from "./file-summary";
import { missingRequired, toMapping, type WizardState } from "./import-wizard-state";
import { SampleRowsTable } from "./sample-rows-table";
import { SaveMappingForm } from "./save-mapping-form";

/** Step 2: which column of the file fills which field, checked against the file's first rows. */
export function MappingStep({
  state,
  onChange,
  onEncodingChange,
  reloading,
  onBack,
  onValidate,
  validating,
  error,
}: {
  state: WizardState;
  onChange: (patch: Partial<WizardState>) => void;
  onEncodingChange: (encoding: ImportEncoding) => void;
  reloading: boolean;
  onBack: () => void;
  onValidate: () => void;
  validating: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const { preview, file } = state;
  if (!preview || !file) return null;
  const missing = missingRequired(state);

  return (
    <Stack gap="md" data-testid="import-mapping-step">
      <FileSummary
        fileName={file.name}
        preview={preview}
        onEncodingChange={onEncodingChange}
        reloading={reloading}
      />
      {state.kind === "deals" && (
        <PipelineSelect
          label={t("imports.pipeline")}
          description={t("imports.pipelineHint")}
          value={state.pipelineId}
          onChange={(pipelineId) => onChange({ pipelineId, stages: {} })}
          maw={420}
          data-testid="import-pipeline"
        />
      )}
      <Paper withBorder p="sm">
        <Title order={4} fz="md" mb="xs">
          {t("imports.fieldsTitle")}
        </Title>
        <ColumnMappingTable
          preview={preview}
          columns={state.columns}
          onChange={(field, header) => onChange({ columns: { ...state.columns, [field]: header } })}
        />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={4} fz="md" mb="xs">
          {t("imports.sampleRows")}
        </Title>
        <SampleRowsTable preview={preview} />
      </Paper>
      <SaveMappingForm
        kind={state.kind}
        preset={state.preset}
        mapping={toMapping(state)}
        onSaved={(saved) => onChange({ savedMappingId: saved.id })}
      />
      {missing.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="import-missing-required">
          {t("imports.missingRequired", {
            fields: missing.map((f) => localized(f.ja, f.en)).join(t("imports.separator")),
          })}
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="import-start-error">
          {error.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t("imports.back")}
        </Button>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t("imports.validateHint")}
          </Text>
          <Button
            onClick={onValidate}
            disabled={missing.length > 0 || reloading}
            loading={validating}
            data-testid="import-validate-button"
          >
            {t("imports.toValidate")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
