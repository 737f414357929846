import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Paper,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PhasePreset, TeamKpi } from "../../api/kpis";
import { QueryError } from "../../components/query-error";
import { useLang, useLocalizedName } from "../../i18n/use-lang";
import { TeamSelect } from "../directory/pickers";
import { useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { usePresets, useSaveTeamKpis, useTeamKpis } from "./use-kpi-settings";

const stars = (n: number) => "★".repeat(n) + "☆".repeat(3 - n);

/**
 * A team's KPIs by phase (seed 002): launch chases volume, growth efficiency, mature revenue. A preset
 * applies in one click; the stars and the order can then be changed.
 */
export function TeamKpiEditor({
  teamId,
  onTeamChange,
}: {
  teamId: string | null;
  onTeamChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="team-kpis">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <div>
          <Title order={3} fz="md">
            {t("teamKpis.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("teamKpis.hint")}
          </Text>
        </div>
        <TeamSelect
          value={teamId}
          onChange={(id) => id && onTeamChange(id)}
          clearable={false}
          placeholder={t("kpiTree.scope.pickTeam")}
          w={260}
          data-testid="team-kpis-team"
        />
      </Group>
      {teamId ? (
        <TeamKpis key={teamId} teamId={teamId} />
      ) : (
        <Text size="sm" c="dimmed">
          {t("teamKpis.pickTeam")}
        </Text>
      )}
    </Paper>
  );
}

function TeamKpis({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const localized = useLocalizedName();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const presets = usePresets();
  const current = useTeamKpis(teamId);
  const save = useSaveTeamKpis(teamId);
  const [draft, setDraft] = useState<TeamKpi[] | null>(null);
  const list = draft ?? current.data ?? [];
  const edit = (next: TeamKpi[]) => setDraft(next);
  const move = (i: number, by: number) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    edit(next);
  };

  const apply = (preset: PhasePreset) =>
    save.mutate(
      { preset: preset.key },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({
            color: "teal",
            message: t("teamKpis.applied", { preset: localized(preset.name, preset.nameEn) }),
          });
        },
      },
    );
  const submit = () =>
    save.mutate(
      { kpis: list },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({ color: "teal", message: t("teamKpis.saved") });
        },
      },
    );

  return (
    <Stack gap="md">
      {presets.isError && <QueryError error={presets.error} onRetry={() => void presets.refetch()} />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {(presets.data ?? []).map((preset) => (
          <Card key={preset.key} withBorder padding="sm" data-testid={`preset-${preset.key}`}>
            <Stack gap={6} h="100%">
              <Text fw={700} size="sm">
                {localized(preset.name, preset.nameEn)}
              </Text>
              <Text size="xs" c="dimmed">
                {lang === "en" ? preset.descriptionEn : preset.description}
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                {preset.kpis.map((k) => (
                  <Group key={k.kpiKey} gap={6} wrap="nowrap">
                    <Text size="xs" c="yellow.8" ff="monospace">
                      {stars(k.stars)}
                    </Text>
                    <Text size="xs">{text.name(k.kpiKey, defs.byKey.get(k.kpiKey))}</Text>
                  </Group>
                ))}
              </Stack>
              <Button
                size="xs"
                variant="light"
                onClick={() => apply(preset)}
                loading={save.isPending && save.variables?.preset === preset.key}
                data-testid={`preset-apply-${preset.key}`}
              >
                {t("teamKpis.apply")}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {current.isPending && (
        <Center h={80}>
          <Loader />
        </Center>
      )}
      {current.isError && <QueryError error={current.error} onRetry={() => void current.refetch()} />}
      {current.data && (
        <>
          <Table verticalSpacing={4} data-testid="team-kpi-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t("targets.kpi")}</Table.Th>
                <Table.Th>{t("teamKpis.priority")}</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed" ta="center" py="sm">
                      {t("teamKpis.empty")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {list.map((k, i) => (
                <Table.Tr key={k.kpiKey} data-testid="team-kpi-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {text.name(k.kpiKey, defs.byKey.get(k.kpiKey))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Rating
                      count={3}
                      value={k.stars}
                      onChange={(value) =>
                        edit(
                          list.map((x) => (x.kpiKey === k.kpiKey ? { ...x, stars: Math.max(1, value) } : x)),
                        )
                      }
                      aria-label={t("teamKpis.priority")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        disabled={i === 0}
                        onClick={() => move(i, -1)}
                        aria-label={t("teamKpis.up")}
                      >
                        <IconArrowUp size={14} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        disabled={i === list.length - 1}
                        onClick={() => move(i, 1)}
                        aria-label={t("teamKpis.down")}
                      >
                        <IconArrowDown size={14} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => edit(list.filter((x) => x.kpiKey !== k.kpiKey))}
                        aria-label={t("teamKpis.remove")}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Select
              placeholder={t("teamKpis.add")}
              data={defs.list
                .filter((d) => !list.some((k) => k.kpiKey === d.key))
                .map((d) => ({ value: d.key, label: text.name(d.key, d) }))}
              value={null}
              onChange={(key) => key && edit([...list, { kpiKey: key, stars: 1 }])}
              leftSection={<IconPlus size={16} />}
              searchable
              w={260}
              disabled={list.length >= 30}
              comboboxProps={{ withinPortal: true }}
              aria-label={t("teamKpis.add")}
            />
            <Group gap="sm">
              {draft && (
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t("teamKpis.discard")}
                </Button>
              )}
              <Button
                onClick={submit}
                disabled={!draft}
                loading={save.isPending && !save.variables?.preset}
                data-testid="team-kpis-save"
              >
                {t("common.save")}
              </Button>
            </Group>
          </Group>
        </>
      )}
      {save.error && (
        <Alert color="red" variant="light">
          {save.error.message}
        </Alert>
      )}
    </Stack>
  );
}
