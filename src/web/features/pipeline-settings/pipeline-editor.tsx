import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconDeviceFloppy, IconPlus, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Pipeline } from "../../../contract/directory";
import { type ApiError, isApiError } from "../../api/client";
import { useLocalizedName } from "../../i18n/use-lang";
import {
  nextKey,
  type PipelineFormValues,
  pipelineProblemTexts,
  problemText,
  toFormValues,
  toStageRow,
  toUpdateBody,
  validatePipeline,
} from "./pipeline-form";
import { StageEditor } from "./stage-editor";
import { useUpdatePipeline } from "./use-pipeline-settings";

type ServerProblem = { problem: string; key?: string; count?: number };

/** Names, default flag and the ordered stages of one pipeline; Save sends the whole list with its version. */
export function PipelineEditor({
  pipeline,
  onReload,
}: {
  pipeline: Pipeline;
  /** Loads the pipelines again; resolves with this one as the server has it now. */
  onReload: () => Promise<Pipeline | undefined>;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const update = useUpdatePipeline(pipeline.id);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<PipelineFormValues>({
    initialValues: toFormValues(pipeline),
    validate: (values) => validatePipeline(values, t),
  });
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (uid: string) =>
    setExpanded((set) => {
      const next = new Set(set);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });

  const load = (next: Pipeline) => {
    const values = toFormValues(next);
    form.setValues(values);
    form.resetDirty(values);
  };
  // Newer settings from the server replace the form unless the admin is in the middle of an edit.
  const [loadedVersion, setLoadedVersion] = useState(pipeline.version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the server's version only
  useEffect(() => {
    if (pipeline.version === loadedVersion) return;
    setLoadedVersion(pipeline.version);
    if (!form.isDirty()) load(pipeline);
  }, [pipeline.version]);

  const problems = pipelineProblemTexts(form.values, t);
  const stages = form.values.stages;

  const addStage = () => {
    // A new open stage goes before the closed ones.
    const at = stages.findIndex((s) => s.kind !== "open");
    const row = toStageRow({
      key: nextKey(
        "stage",
        stages.map((s) => s.key),
      ),
      name: "",
      nameEn: "",
      probability: 50,
      kind: "open",
      staleDays: 7,
    });
    form.insertListItem("stages", row, at === -1 ? stages.length : at);
    setExpanded((set) => new Set(set).add(row.uid));
  };

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      if (problems.length > 0) return;
      update.mutate(toUpdateBody(values, pipeline), {
        onSuccess: (saved) => {
          load(saved);
          notifications.show({ color: "teal", message: t("pipelines.saved") });
        },
        onError: (error) => setFailure(isApiError(error) ? error : null),
      });
    },
    () => setFailure(null),
  );

  // STAGE_IN_USE names the stages that still hold deals.
  const stagesInUse = isApiError(failure, "STAGE_IN_USE")
    ? ((failure.details as { stageKeys?: string[] } | undefined)?.stageKeys ?? []).map((key) => {
        const stage = pipeline.stages.find((s) => s.key === key);
        return stage ? `${localized(stage.name, stage.nameEn)} (${key})` : key;
      })
    : [];
  const serverProblems = isApiError(failure, "PIPELINE_INVALID")
    ? ((failure.details as { problems?: ServerProblem[] } | undefined)?.problems ?? [])
    : [];

  return (
    <form onSubmit={submit} noValidate data-testid="pipeline-editor">
      <Stack gap="md">
        <Paper withBorder p="md">
          <Grid gutter="sm" align="flex-end">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <TextInput
                label={t("pipelines.name")}
                withAsterisk
                data-testid="pipeline-name"
                {...form.getInputProps("name")}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <TextInput
                label={t("pipelines.nameEn")}
                data-testid="pipeline-name-en"
                {...form.getInputProps("nameEn")}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              {pipeline.isDefault ? (
                <Group gap={6} pb={8}>
                  <Badge color="teal" variant="light">
                    {t("pipelines.isDefault")}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t("pipelines.defaultHint")}
                  </Text>
                </Group>
              ) : (
                <Switch
                  label={t("pipelines.makeDefault")}
                  description={t("pipelines.defaultHint")}
                  pb={4}
                  data-testid="pipeline-default"
                  {...form.getInputProps("isDefault", { type: "checkbox" })}
                />
              )}
            </Grid.Col>
          </Grid>
        </Paper>

        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={3} fz="md">
              {t("pipelines.stages")}
            </Title>
            <Text size="xs" c="dimmed">
              {t("pipelines.stagesHint")}
            </Text>
          </div>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setExpanded(expanded.size > 0 ? new Set() : new Set(stages.map((s) => s.uid)))}
            >
              {expanded.size > 0 ? t("pipelines.collapseAll") : t("pipelines.expandAll")}
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={addStage}
              data-testid="stage-add"
            >
              {t("pipelines.addStage")}
            </Button>
          </Group>
        </Group>

        <Stack gap="xs">
          {stages.map((stage, i) => (
            <StageEditor
              key={stage.uid}
              form={form}
              index={i}
              count={stages.length}
              expanded={expanded.has(stage.uid)}
              onToggle={() => toggle(stage.uid)}
            />
          ))}
        </Stack>

        {problems.length > 0 && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            title={t("pipelines.problemsTitle")}
            data-testid="pipeline-problems"
          >
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {failure && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title={t("pipelines.saveFailed")}
            data-testid="pipeline-save-error"
          >
            <Stack gap={6}>
              <Text size="sm">{failure.message}</Text>
              {stagesInUse.length > 0 && (
                <Text size="sm" fw={600}>
                  {t("pipelines.stagesInUse", { stages: stagesInUse.join("、") })}
                </Text>
              )}
              {serverProblems.length > 0 && (
                <List size="sm">
                  {serverProblems.map((p) => (
                    <List.Item key={`${p.problem}:${p.key ?? ""}`}>{problemText(p, t)}</List.Item>
                  ))}
                </List>
              )}
              {isApiError(failure, "VERSION_CONFLICT") && (
                <Group>
                  <Button
                    size="xs"
                    variant="white"
                    color="red"
                    leftSection={<IconRefresh size={14} />}
                    onClick={() => {
                      void onReload().then((fresh) => {
                        if (fresh) load(fresh);
                        setFailure(null);
                      });
                    }}
                  >
                    {t("pipelines.reload")}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}

        <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
          <Group justify="space-between">
            <Text size="xs" c={form.isDirty() ? "orange.8" : "dimmed"}>
              {form.isDirty() ? t("deal.unsaved") : t("deal.upToDate")}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                disabled={!form.isDirty()}
                onClick={() => {
                  form.reset();
                  setFailure(null);
                }}
              >
                {t("deal.discard")}
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={update.isPending}
                disabled={!form.isDirty()}
                data-testid="pipeline-save"
              >
                {t("common.save")}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
