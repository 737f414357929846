import {
  ActionIcon,
  Alert,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SuccessFactor } from "../../api/kpis";
import { QueryError } from "../../components/query-error";
import { useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { useSaveSuccessFactors, useSuccessFactors } from "../kpis/use-success-factors";

type Row = SuccessFactor & { rowKey: string };
let nextRow = 0;
const rowKey = () => `row-${nextRow++}`;

/**
 * KGI → CSF / KFS → KPI (seeds 003-004): the few factors that decide the KGI, each watched by the
 * KPIs that show whether it is happening. Saved as a whole list.
 */
export function SuccessFactorsEditor({ editable }: { editable: boolean }) {
  const factors = useSuccessFactors();
  if (factors.isError) return <QueryError error={factors.error} onRetry={() => void factors.refetch()} />;
  if (!factors.data)
    return (
      <Center h={120}>
        <Loader />
      </Center>
    );
  return <FactorsForm key={factors.dataUpdatedAt} initial={factors.data} editable={editable} />;
}

function FactorsForm({ initial, editable }: { initial: SuccessFactor[]; editable: boolean }) {
  const { t } = useTranslation();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const save = useSaveSuccessFactors();
  const [rows, setRows] = useState<Row[]>(() => initial.map((f) => ({ ...f, rowKey: rowKey() })));
  const [dirty, setDirty] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const kpiOptions = defs.list.map((d) => ({ value: d.key, label: text.name(d.key, d) }));
  const update = (key: string, patch: Partial<SuccessFactor>) => {
    setRows((old) => old.map((r) => (r.rowKey === key ? { ...r, ...patch } : r)));
    setDirty(true);
  };

  const submit = () => {
    setSubmitted(true);
    if (rows.some((r) => !r.name.trim())) return;
    save.mutate(
      rows.map(({ rowKey: _, ...r }) => ({ ...r, name: r.name.trim(), nameEn: (r.nameEn ?? "").trim() })),
      {
        onSuccess: () => {
          setDirty(false);
          notifications.show({ color: "teal", message: t("successFactors.saved") });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" data-testid="success-factors">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={3} fz="md">
            {t("successFactors.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("successFactors.hint")}
          </Text>
        </div>
        {editable && (
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                setRows((old) => [
                  ...old,
                  { kind: "csf", name: "", nameEn: "", kpiKeys: [], rowKey: rowKey() },
                ]);
                setDirty(true);
              }}
              disabled={rows.length >= 30}
              data-testid="success-factor-add"
            >
              {t("successFactors.add")}
            </Button>
            <Button
              onClick={submit}
              disabled={!dirty}
              loading={save.isPending}
              data-testid="success-factors-save"
            >
              {t("common.save")}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t("successFactors.empty")}
          </Text>
        )}
        {rows.map((row) => (
          <Group key={row.rowKey} gap="sm" align="flex-start" wrap="nowrap" data-testid="success-factor-row">
            <Select
              data={(["csf", "kfs"] as const).map((k) => ({
                value: k,
                label: t(`successFactors.kinds.${k}`),
              }))}
              value={row.kind}
              onChange={(v) => v && update(row.rowKey, { kind: v as "csf" | "kfs" })}
              allowDeselect={false}
              w={110}
              disabled={!editable}
              aria-label={t("successFactors.kind")}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              placeholder={t("successFactors.namePlaceholder")}
              value={row.name}
              onChange={(e) => update(row.rowKey, { name: e.currentTarget.value })}
              error={submitted && !row.name.trim() ? t("validation.required") : null}
              style={{ flex: 2 }}
              maxLength={200}
              disabled={!editable}
              aria-label={t("successFactors.name")}
            />
            <TextInput
              placeholder={t("successFactors.nameEn")}
              value={row.nameEn ?? ""}
              onChange={(e) => update(row.rowKey, { nameEn: e.currentTarget.value })}
              style={{ flex: 1.4 }}
              maxLength={200}
              disabled={!editable}
              aria-label={t("successFactors.nameEn")}
            />
            <MultiSelect
              placeholder={row.kpiKeys.length ? undefined : t("successFactors.kpisPlaceholder")}
              data={kpiOptions}
              value={row.kpiKeys}
              onChange={(kpiKeys) => update(row.rowKey, { kpiKeys })}
              searchable
              maxValues={20}
              style={{ flex: 3 }}
              disabled={!editable}
              aria-label={t("successFactors.kpis")}
              comboboxProps={{ withinPortal: true }}
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={6}
                onClick={() => {
                  setRows((old) => old.filter((r) => r.rowKey !== row.rowKey));
                  setDirty(true);
                }}
                aria-label={t("successFactors.remove")}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {save.error && (
          <Alert color="red" variant="light">
            {save.error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
