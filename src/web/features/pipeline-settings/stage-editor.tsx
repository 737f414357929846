import {
  ActionIcon,
  Badge,
  Button,
  Collapse,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import {
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconChevronRight,
  IconTrash,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { dealGateFields as gateFieldKeys } from "../../../domain/pipeline-templates";
import { ChecklistEditor } from "./checklist-editor";
import type { PipelineFormValues, StageKind } from "./pipeline-form";

const kinds: StageKind[] = ["open", "won", "lost"];
const kindColor: Record<StageKind, string> = { open: "brand", won: "teal", lost: "gray" };

/** One stage: names, key, kind, probability, stale days, and (folded) its gate. */
export function StageEditor({
  form,
  index,
  count,
  expanded,
  onToggle,
}: {
  form: UseFormReturnType<PipelineFormValues>;
  index: number;
  count: number;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const stage = form.values.stages[index];
  if (!stage) return null;
  const p = `stages.${index}`;
  const hasGate = stage.kind !== "lost";

  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderLeft: `4px solid var(--mantine-color-${kindColor[stage.kind]}-6)` }}
      data-testid="stage-editor"
      data-stage-key={stage.key}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Stack gap={2} align="center" pt={22} w={34}>
          <Text size="xs" fw={700} c="dimmed">
            {index + 1}
          </Text>
          <Tooltip label={t("pipelines.moveUp")} openDelay={300}>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={index === 0}
              onClick={() => form.reorderListItem("stages", { from: index, to: index - 1 })}
              aria-label={t("pipelines.moveUp")}
              data-testid="stage-move-up"
            >
              <IconArrowUp size={14} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t("pipelines.moveDown")} openDelay={300}>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={index === count - 1}
              onClick={() => form.reorderListItem("stages", { from: index, to: index + 1 })}
              aria-label={t("pipelines.moveDown")}
              data-testid="stage-move-down"
            >
              <IconArrowDown size={14} />
            </ActionIcon>
          </Tooltip>
        </Stack>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Grid gutter="xs">
            <Grid.Col span={{ base: 12, md: 3 }}>
              <TextInput
                size="xs"
                label={t("pipelines.stageName")}
                withAsterisk
                data-testid="stage-name"
                {...form.getInputProps(`${p}.name`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 3 }}>
              <TextInput
                size="xs"
                label={t("pipelines.stageNameEn")}
                withAsterisk
                data-testid="stage-name-en"
                {...form.getInputProps(`${p}.nameEn`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <TextInput
                size="xs"
                label={t("pipelines.key")}
                withAsterisk
                ff="monospace"
                data-testid="stage-key"
                {...form.getInputProps(`${p}.key`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <Select
                size="xs"
                label={t("pipelines.kind")}
                data={kinds.map((k) => ({ value: k, label: t(`pipelines.kinds.${k}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                data-testid="stage-kind"
                {...form.getInputProps(`${p}.kind`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 1 }}>
              <NumberInput
                size="xs"
                label={t("pipelines.probability")}
                min={0}
                max={100}
                allowDecimal={false}
                suffix="%"
                hideControls
                data-testid="stage-probability"
                {...form.getInputProps(`${p}.probability`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 1 }}>
              {stage.kind === "open" ? (
                <NumberInput
                  size="xs"
                  label={t("pipelines.staleDays")}
                  min={1}
                  max={365}
                  allowDecimal={false}
                  hideControls
                  data-testid="stage-stale-days"
                  {...form.getInputProps(`${p}.staleDays`)}
                />
              ) : (
                <TextInput size="xs" label={t("pipelines.staleDays")} value="—" disabled readOnly />
              )}
            </Grid.Col>
          </Grid>
          <Group gap={6}>
            {hasGate && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="dark"
                leftSection={expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                onClick={onToggle}
                aria-expanded={expanded}
                data-testid="stage-gate-toggle"
              >
                {t("pipelines.gate")}
              </Button>
            )}
            {hasGate ? (
              <>
                <Badge size="xs" variant="light" color={stage.entryConditions.length ? "brand" : "gray"}>
                  {t("pipelines.conditionsCount", { count: stage.entryConditions.length })}
                </Badge>
                <Badge size="xs" variant="light" color={stage.requiredEvidence.length ? "brand" : "gray"}>
                  {t("pipelines.evidenceCount", { count: stage.requiredEvidence.length })}
                </Badge>
                <Badge size="xs" variant="light" color={stage.requiredFields.length ? "brand" : "gray"}>
                  {t("pipelines.fieldsCount", { count: stage.requiredFields.length })}
                </Badge>
              </>
            ) : (
              <Text size="xs" c="dimmed">
                {t("pipelines.lostGate")}
              </Text>
            )}
          </Group>
          <Collapse in={expanded && hasGate}>
            <Stack gap="sm" pt={4}>
              <ChecklistEditor form={form} stageIndex={index} list="entryConditions" />
              <ChecklistEditor form={form} stageIndex={index} list="requiredEvidence" />
              <MultiSelect
                size="xs"
                label={t("pipelines.requiredFields")}
                description={stage.kind === "won" ? t("pipelines.wonFieldsNote") : undefined}
                placeholder={stage.requiredFields.length === 0 ? t("pipelines.noFields") : undefined}
                data={gateFieldKeys.map((key) => ({ value: key, label: t(`fields.${key}`) }))}
                clearable
                comboboxProps={{ withinPortal: true }}
                data-testid="stage-required-fields"
                {...form.getInputProps(`${p}.requiredFields`)}
              />
            </Stack>
          </Collapse>
        </Stack>
        <Tooltip label={t("pipelines.removeStage")} openDelay={300}>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={22}
            disabled={count <= 3}
            onClick={() => form.removeListItem("stages", index)}
            aria-label={t("pipelines.removeStage")}
            data-testid="stage-remove"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
