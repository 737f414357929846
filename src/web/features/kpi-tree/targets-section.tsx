import { ActionIcon, Badge, Button, Group, Paper, Select, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconHistory, IconPencil, IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Period } from "../../../domain/periods";
import type { KpiDefinition } from "../../api/kpis";
import type { Target } from "../../api/targets";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { AllocateModal } from "./allocate-modal";
import { TargetEditModal } from "./target-edit-modal";
import { TargetRevisionsModal } from "./target-revisions-modal";
import type { useTargets } from "./use-targets";

const tierOrder = { strategic: 0, tactical: 1, action: 2 } as const;
const tierColor = { strategic: "indigo", tactical: "blue", action: "cyan" } as const;

type Editing = { def: KpiDefinition; target: Target | undefined };

/** The scope's targets of the period with their levels; managers and admins set and allocate them. */
export function TargetsSection({
  scope,
  period,
  started,
  canEdit,
  targets,
}: {
  scope: string;
  period: Period;
  started: boolean;
  canEdit: boolean;
  targets: ReturnType<typeof useTargets>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [allocating, setAllocating] = useState<Editing | null>(null);
  const [history, setHistory] = useState<Target | null>(null);
  const rows = (targets.data ?? [])
    .filter((x) => x.scope === scope)
    .map((target) => ({ target, def: defs.byKey.get(target.kpiKey) }))
    .sort(
      (a, b) =>
        tierOrder[a.def?.tier ?? "action"] - tierOrder[b.def?.tier ?? "action"] ||
        defs.list.indexOf(a.def as KpiDefinition) - defs.list.indexOf(b.def as KpiDefinition),
    );
  const untargeted = defs.list.filter((d) => !rows.some((r) => r.target.kpiKey === d.key));
  const teamId = scope.startsWith("team:") ? scope.slice(5) : null;

  return (
    <Paper withBorder style={{ overflow: "hidden" }} data-testid="targets-section">
      <Group justify="space-between" px="md" pt="md" pb="xs" wrap="wrap">
        <div>
          <Title order={3} fz="md">
            {t("targets.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {canEdit ? (started ? t("targets.startedHint") : t("targets.hint")) : t("targets.readOnlyHint")}
          </Text>
        </div>
        {canEdit && untargeted.length > 0 && (
          <Select
            placeholder={t("targets.add")}
            data={untargeted.map((d) => ({ value: d.key, label: text.name(d.key, d) }))}
            value={null}
            onChange={(key) => {
              const def = key ? defs.byKey.get(key) : undefined;
              if (def) setEditing({ def, target: undefined });
            }}
            leftSection={<IconPlus size={16} />}
            searchable
            w={240}
            comboboxProps={{ withinPortal: true }}
            nothingFoundMessage={t("common.nothingFound")}
            aria-label={t("targets.add")}
            data-testid="target-add"
          />
        )}
      </Group>
      {targets.isError && <QueryError error={targets.error} onRetry={() => void targets.refetch()} />}
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing={8} highlightOnHover data-testid="targets-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("targets.kpi")}</Table.Th>
              <Table.Th ta="right">{t("targets.stretch")}</Table.Th>
              <Table.Th ta="right">{t("targets.value")}</Table.Th>
              <Table.Th ta="right">{t("targets.minimum")}</Table.Th>
              <Table.Th>{t("fields.updatedAt")}</Table.Th>
              <Table.Th>{t("targets.revisions")}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canEdit ? 7 : 6}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {targets.isPending ? t("common.loading") : t("targets.empty")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map(({ target, def }) => (
              <Table.Tr key={target.id} data-testid={`target-row-${target.kpiKey}`}>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {text.name(target.kpiKey, def)}
                    </Text>
                    {def && (
                      <Badge size="xs" variant="light" color={tierColor[def.tier]}>
                        {t(`kpi.tiers.${def.tier}`)}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {text.value(target.stretch, def)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  fw={700}
                  style={{ whiteSpace: "nowrap" }}
                  data-testid="target-value-cell"
                >
                  {text.value(target.value, def)}
                </Table.Td>
                <Table.Td ta="right" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {text.value(target.minimum, def)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="xs" c="dimmed">
                    {f.timestampShort(target.updatedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {target.revisions > 0 ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="orange"
                      leftSection={<IconHistory size={12} />}
                      onClick={() => setHistory(target)}
                      data-testid="target-history"
                    >
                      {t("targets.revisionCount", { count: target.revisions })}
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t("targets.noRevisionsShort")}
                    </Text>
                  )}
                </Table.Td>
                {canEdit && (
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {def && (
                        <Tooltip label={t("targets.edit")}>
                          <ActionIcon
                            variant="subtle"
                            onClick={() => setEditing({ def, target })}
                            aria-label={t("targets.edit")}
                            data-testid="target-edit"
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {def && teamId && (def.unit === "count" || def.unit === "yen") && (
                        <Tooltip label={t("allocation.open")}>
                          <ActionIcon
                            variant="subtle"
                            onClick={() => setAllocating({ def, target })}
                            aria-label={t("allocation.open")}
                            data-testid="allocate-open"
                          >
                            <IconUsersGroup size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <TargetEditModal
          key={`${editing.def.key}-${editing.target?.id ?? "new"}`}
          opened
          onClose={() => setEditing(null)}
          def={editing.def}
          scope={scope}
          period={period.label}
          target={editing.target}
          started={started}
        />
      )}
      {allocating?.target && teamId && (
        <AllocateModal
          opened
          onClose={() => setAllocating(null)}
          def={allocating.def}
          teamId={teamId}
          period={period.label}
          target={allocating.target}
          started={started}
        />
      )}
      <TargetRevisionsModal
        targetId={history?.id ?? null}
        def={history ? defs.byKey.get(history.kpiKey) : undefined}
        onClose={() => setHistory(null)}
      />
    </Paper>
  );
}
