import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Pipeline } from "../../../contract/directory";
import type { StageInput } from "../../../contract/pipelines";
import { i18n } from "../../i18n/i18n";
import { useLocalizedName } from "../../i18n/use-lang";
import { useCreatePipeline, usePipelineTemplates } from "./use-pipeline-settings";

const blank = "__blank__";

/** Three stages to start from: one open stage, won and lost (the least a pipeline needs). */
function blankStages(): StageInput[] {
  const ja = i18n.getFixedT("ja");
  const en = i18n.getFixedT("en");
  const stage = (key: "first" | "won" | "lost") => ({
    name: ja(`pipelines.blank.${key}`),
    nameEn: en(`pipelines.blank.${key}`),
  });
  return [
    { key: "stage_1", ...stage("first"), probability: 10, kind: "open", staleDays: 7 },
    { key: "won", ...stage("won"), probability: 100, kind: "won", staleDays: 0 },
    { key: "lost", ...stage("lost"), probability: 0, kind: "lost", staleDays: 0 },
  ];
}

/** A new pipeline from one of the built-in templates (their stages and gates), or nearly blank. */
export function NewPipelineModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (pipeline: Pipeline) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const templates = usePipelineTemplates(opened);
  const create = useCreatePipeline();
  const form = useForm({
    initialValues: { name: "", nameEn: "", template: blank },
    validate: {
      name: (v) =>
        v.trim() === ""
          ? t("validation.required")
          : v.trim().length > 200
            ? t("validation.tooLong", { max: 200 })
            : null,
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form each time the dialog opens
  useEffect(() => {
    if (opened) {
      form.reset();
      create.reset();
    }
  }, [opened]);

  const pick = (key: string) => {
    const template = templates.data?.find((x) => x.key === key);
    form.setFieldValue("template", key);
    // The template's name is a good start when nothing has been typed yet.
    if (template && !form.isDirty("name")) {
      form.setFieldValue("name", template.name);
      form.setFieldValue("nameEn", template.nameEn);
      form.resetDirty({ ...form.values, name: template.name, nameEn: template.nameEn, template: key });
    }
  };

  const submit = form.onSubmit((values) => {
    const fromTemplate = values.template !== blank;
    create.mutate(
      {
        name: values.name.trim(),
        nameEn: values.nameEn.trim() || undefined,
        ...(fromTemplate ? { templateKey: values.template } : { stages: blankStages() }),
      },
      { onSuccess: onCreated },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t("pipelines.newTitle")} size="xl" centered>
      <form onSubmit={submit} noValidate data-testid="new-pipeline-form">
        <Stack gap="md">
          <Radio.Group
            label={t("pipelines.template")}
            value={form.values.template}
            onChange={pick}
            data-testid="template-picker"
          >
            {templates.isPending && <Loader size="sm" mt="sm" />}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {(templates.data ?? []).map((template) => (
                <Radio.Card
                  key={template.key}
                  value={template.key}
                  p="sm"
                  radius="md"
                  data-testid={`template-${template.key}`}
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={6} style={{ minWidth: 0 }}>
                      <Text fw={700} size="sm">
                        {localized(template.name, template.nameEn)}
                      </Text>
                      <Group gap={4}>
                        {template.stages.map((s) => (
                          <Badge
                            key={s.key}
                            size="xs"
                            variant="light"
                            color={s.kind === "won" ? "teal" : s.kind === "lost" ? "gray" : "brand"}
                          >
                            {localized(s.name, s.nameEn)}
                          </Badge>
                        ))}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t("pipelines.templateSummary", {
                          stages: template.stages.length,
                          conditions: template.stages.reduce(
                            (n, s) => n + (s.entryConditions?.length ?? 0),
                            0,
                          ),
                          evidence: template.stages.reduce(
                            (n, s) => n + (s.requiredEvidence?.length ?? 0),
                            0,
                          ),
                        })}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
              <Radio.Card value={blank} p="sm" radius="md" data-testid="template-blank">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <Stack gap={4}>
                    <Text fw={700} size="sm">
                      {t("pipelines.blankTitle")}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t("pipelines.blankHint")}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            </SimpleGrid>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("pipelines.name")}
              withAsterisk
              data-autofocus
              data-testid="new-pipeline-name"
              {...form.getInputProps("name")}
            />
            <TextInput
              label={t("pipelines.nameEn")}
              data-testid="new-pipeline-name-en"
              {...form.getInputProps("nameEn")}
            />
          </SimpleGrid>
          {create.error && (
            <Alert color="red" data-testid="new-pipeline-error">
              {create.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="new-pipeline-submit">
              {t("pipelines.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
