import { Alert, Anchor, Button, FileInput, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconFileUpload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { importKinds } from "../../../domain/imports/import-fields";
import { importPresets } from "../../../domain/imports/import-presets";
import { type ImportKind, type ImportPreset, importTemplateUrl } from "../../api/imports";
import type { WizardState } from "./import-wizard-state";
import { SavedMappingPicker } from "./saved-mapping-picker";

/** Step 1: what to import, in which layout, from which file (with the template and saved mappings). */
export function FileStep({
  state,
  onChange,
  onPreview,
  previewing,
  error,
}: {
  state: WizardState;
  onChange: (patch: Partial<WizardState>) => void;
  onPreview: () => void;
  previewing: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="import-file-step">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t("imports.kind")}
          description={t("imports.kindHint")}
          data={importKinds.map((kind) => ({ value: kind, label: t(`imports.kinds.${kind}`) }))}
          value={state.kind}
          onChange={(kind) => kind && onChange({ kind: kind as ImportKind, savedMappingId: null })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="import-kind"
        />
        <Select
          label={t("imports.preset")}
          description={t("imports.presetHint")}
          data={importPresets.map((preset) => ({ value: preset, label: t(`imports.presets.${preset}`) }))}
          value={state.preset}
          onChange={(preset) => preset && onChange({ preset: preset as ImportPreset })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="import-preset"
        />
      </SimpleGrid>
      <FileInput
        label={t("imports.file")}
        description={t("imports.fileHint")}
        placeholder={t("imports.filePlaceholder")}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileUpload size={16} />}
        value={state.file}
        onChange={(file) => onChange({ file })}
        clearable
        withAsterisk
        data-testid="import-file"
        fileInputProps={{ "data-testid": "import-file-input" } as Record<string, string>}
      />
      <Group gap="lg" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t("imports.template", { kind: t(`imports.kinds.${state.kind}`) })}
        </Text>
        <Anchor
          href={importTemplateUrl(state.kind, "xlsx")}
          download
          size="sm"
          data-testid="import-template-xlsx"
        >
          <Group gap={4} wrap="nowrap">
            <IconFileSpreadsheet size={16} />
            {t("imports.templateXlsx")}
          </Group>
        </Anchor>
        <Anchor
          href={importTemplateUrl(state.kind, "csv")}
          download
          size="sm"
          data-testid="import-template-csv"
        >
          <Group gap={4} wrap="nowrap">
            <IconDownload size={16} />
            {t("imports.templateCsv")}
          </Group>
        </Anchor>
      </Group>
      <SavedMappingPicker
        kind={state.kind}
        value={state.savedMappingId}
        onChange={(saved) =>
          onChange(saved ? { savedMappingId: saved.id, preset: saved.preset } : { savedMappingId: null })
        }
      />
      {error && (
        <Alert color="red" data-testid="import-preview-error">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          onClick={onPreview}
          disabled={!state.file}
          loading={previewing}
          data-testid="import-preview-button"
        >
          {t("imports.toMapping")}
        </Button>
      </Group>
    </Stack>
  );
}
