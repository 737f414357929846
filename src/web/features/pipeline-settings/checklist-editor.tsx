import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type EvidenceType, nextKey, type PipelineFormValues, uid } from "./pipeline-form";

const evidenceTypes: EvidenceType[] = ["url", "text", "date"];

/** Rows of key + label ja + label en (+ type for evidence), added and removed in place. */
export function ChecklistEditor({
  form,
  stageIndex,
  list,
}: {
  form: UseFormReturnType<PipelineFormValues>;
  stageIndex: number;
  list: "entryConditions" | "requiredEvidence";
}) {
  const { t } = useTranslation();
  const path = `stages.${stageIndex}.${list}` as const;
  const stage = form.values.stages[stageIndex];
  const rows = stage?.[list] ?? [];
  const evidence = list === "requiredEvidence";
  const testId = `stage-${stageIndex}-${evidence ? "evidence" : "conditions"}`;

  const add = () =>
    form.insertListItem(path, {
      uid: uid(),
      key: nextKey(
        evidence ? "evidence" : "check",
        rows.map((r) => r.key),
      ),
      label: "",
      labelEn: "",
      ...(evidence ? { type: "url" as const } : {}),
    });

  return (
    <Stack gap={6} data-testid={testId}>
      <Group justify="space-between">
        <Text size="xs" fw={700} c="dimmed">
          {evidence ? t("gate.evidence") : t("pipelines.entryConditions")}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={add}
          data-testid={`${testId}-add`}
        >
          {evidence ? t("pipelines.addEvidence") : t("pipelines.addCondition")}
        </Button>
      </Group>
      {rows.length === 0 && (
        <Text size="xs" c="dimmed">
          {evidence ? t("pipelines.noEvidence") : t("pipelines.noConditions")}
        </Text>
      )}
      {rows.map((row, j) => (
        <Group key={row.uid} gap={6} wrap="nowrap" align="flex-start">
          <TextInput
            size="xs"
            placeholder={t("pipelines.key")}
            aria-label={t("pipelines.key")}
            w={170}
            ff="monospace"
            {...form.getInputProps(`${path}.${j}.key`)}
          />
          <TextInput
            size="xs"
            placeholder={t("pipelines.labelJa")}
            aria-label={t("pipelines.labelJa")}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.${j}.label`)}
          />
          <TextInput
            size="xs"
            placeholder={t("pipelines.labelEn")}
            aria-label={t("pipelines.labelEn")}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.${j}.labelEn`)}
          />
          {evidence && (
            <Select
              size="xs"
              w={110}
              aria-label={t("pipelines.evidenceType")}
              data={evidenceTypes.map((type) => ({
                value: type,
                label: t(`pipelines.evidenceTypes.${type}`),
              }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps(`${path}.${j}.type`)}
            />
          )}
          <Tooltip label={t("pipelines.removeRow")}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="md"
              onClick={() => form.removeListItem(path, j)}
              aria-label={t("pipelines.removeRow")}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
