import { Badge, Box, Button, Center, Group, Loader, Paper, Text, UnstyledButton } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { defaultPipeline, usePipelines } from "../directory/use-directory";
import { NewPipelineModal } from "./new-pipeline-modal";
import { PipelineEditor } from "./pipeline-editor";
import classes from "./pipeline-settings.module.css";

const keys = ["id"] as const;

/** Pipelines and their stage gates (SPEC C2: admins edit the rules; every change is audited). */
export function PipelineSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const localized = useLocalizedName();
  const pipelines = usePipelines();
  const [search, setSearch] = useSearchState(keys);
  const [newOpen, setNewOpen] = useState(false);
  const title = t("pipelines.title");
  const crumbs = useSettingsCrumbs(title);

  if (me.role !== "admin") {
    return <SettingsLocked title={title} message={t("pipelines.adminOnly")} testId="pipelines-forbidden" />;
  }

  const selected = pipelines.data?.find((p) => p.id === search.id) ?? defaultPipeline(pipelines.data);

  return (
    <Box data-testid="pipeline-settings-page">
      <PageHeader
        title={title}
        crumbs={crumbs}
        subtitle={t("pipelines.subtitle")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setNewOpen(true)}
            data-testid="new-pipeline-button"
          >
            {t("pipelines.new")}
          </Button>
        }
      />
      <SettingsTabs />
      {pipelines.isError && <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />}
      {pipelines.isPending && (
        <Center h={200}>
          <Loader />
        </Center>
      )}
      {pipelines.data && (
        <Group gap="sm" mb="md" wrap="wrap" role="tablist" aria-label={t("pipelines.list")}>
          {pipelines.data.map((p) => {
            const active = p.id === selected?.id;
            return (
              <UnstyledButton
                key={p.id}
                role="tab"
                aria-selected={active}
                className={classes.tab}
                data-active={active || undefined}
                onClick={() => setSearch({ id: p.id })}
                data-testid="pipeline-tab"
              >
                <Paper withBorder p="xs" px="sm" className={classes.tabPaper}>
                  <Group gap={8} wrap="nowrap">
                    <Text size="sm" fw={active ? 700 : 500}>
                      {localized(p.name, p.nameEn)}
                    </Text>
                    {p.isDefault && (
                      <Badge size="xs" color="teal" variant="light">
                        {t("pipelines.isDefault")}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      {t("pipelines.stageCount", { count: p.stages.length })}
                    </Text>
                  </Group>
                </Paper>
              </UnstyledButton>
            );
          })}
        </Group>
      )}
      {selected && (
        <PipelineEditor
          key={selected.id}
          pipeline={selected}
          onReload={() => pipelines.refetch().then((r) => r.data?.find((p) => p.id === selected.id))}
        />
      )}
      <NewPipelineModal
        opened={newOpen}
        onClose={() => setNewOpen(false)}
        onCreated={(pipeline) => {
          setNewOpen(false);
          setSearch({ id: pipeline.id });
        }}
      />
    </Box>
  );
}

export default PipelineSettingsPage;
